import { initial } from './001-initial';
import { boardTipSubmissions } from './002-board-tip-submissions';
import { intakePublicChannels } from './003-intake-public-channels';
import { boardReassignMerge } from './005-board-reassign-merge';

export interface Migration {
  version: string;
  sql: string;
}

/** In order. Never edit a migration that has shipped; add the next one. */
export const migrations: Migration[] = [initial, boardTipSubmissions, intakePublicChannels, boardReassignMerge];
