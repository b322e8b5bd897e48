import { initial } from './001-initial';
import { boardTipSubmissions } from './002-board-tip-submissions';
import { intakePublicChannels } from './003-intake-public-channels';
import { channelsInboxAndReporterNotices } from './004-channels-inbox-and-reporter-notices';
import { boardReassignMerge } from './005-board-reassign-merge';
import { directoryEdits } from './006-directory-edits';
import { dispatchCommands } from './007-dispatch-commands';
import { replyCodeFreeList } from './008-reply-code-free-list';
import { boardAccounts } from './009-board-accounts';
import { tipIdempotencyKeys } from './010-tip-idempotency-keys';
import { userResponderLink } from './011-user-responder-link';
import { openIncidentsByDistrict } from './012-open-incidents-by-district';
import { auditLogChain } from './013-audit-log-chain';
import { secondFactor } from './014-second-factor';
import { reporterRetention } from './015-reporter-retention';
import { drills } from './016-drills';

export interface Migration {
  version: string;
  sql: string;
}

/** In order. Never edit a migration that has shipped; add the next one. */
export const migrations: Migration[] = [
  initial,
  boardTipSubmissions,
  intakePublicChannels,
  channelsInboxAndReporterNotices,
  boardReassignMerge,
  directoryEdits,
  dispatchCommands,
  replyCodeFreeList,
  boardAccounts,
  tipIdempotencyKeys,
  userResponderLink,
  openIncidentsByDistrict,
  auditLogChain,
  secondFactor,
  reporterRetention,
  drills,
];
