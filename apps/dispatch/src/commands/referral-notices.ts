import { ResolveCommand } from '@rescue/contracts';
import { Responder } from '@rescue/domain';
import { NoticeSpec } from '../escalation/alert-writer';
import { notice } from '../replies/notices';

/** The role a referral notice is filed under: the receiving organisation holds no chain of the incident. */
export const REFERRAL_ROLE = 'referral';

/**
 * A referral tells every contact of the receiving organisation (its responders in the directory) that
 * the case is theirs now, with the case reference and nothing of the reporter or the tip's words: the
 * details travel between the organisations' people, not over SMS.
 */
export function referralNotices(responders: Responder[], cmd: ResolveCommand, incident: { district: string; caseRef: string }): NoticeSpec[] {
  const referral = cmd.referral;
  if (!referral) return [];
  return responders
    .filter((r) => r.organization === referral.organization)
    .map((r) => ({
      incidentId: cmd.incidentId, role: REFERRAL_ROLE, responder: r, key: `referral-${cmd.commandId}`,
      notice: notice('referral', r.languages, { district: incident.district, caseRef: incident.caseRef, kind: referral.kind }),
    }));
}
