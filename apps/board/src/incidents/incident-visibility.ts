import { BoardUser } from '../auth/sessions';

const SEES_ALL = new Set<BoardUser['role']>(['admin', 'coordinator']);

/**
 * An organisation is part of an incident when one of its responders was alerted for it or one of its
 * users filed a tip of it (an operator follows the tip they filed even if their organisation was not paged),
 * or of a duplicate merged into it (the tip now shows there).
 * Coordinators and admins see every incident. `$o` is the organisation (NULL: sees all), `$u` the user id.
 */
export function visibleIncident(alias: string, orgParam: string, userParam: string): string {
  return `(${orgParam}::text IS NULL
    OR EXISTS (SELECT 1 FROM alerts va JOIN responders vr ON vr.id = va.responder_id
                WHERE va.incident_id = ${alias}.id AND vr.organization = ${orgParam})
    OR EXISTS (SELECT 1 FROM tips vt JOIN board_tip_submissions vs ON vs.tip_id = vt.id
                WHERE vt.incident_id = ${alias}.id AND (vs.organization = ${orgParam} OR vs.user_id = ${userParam}))
    OR EXISTS (SELECT 1 FROM incidents vm JOIN tips vt ON vt.incident_id = vm.id JOIN board_tip_submissions vs ON vs.tip_id = vt.id
                WHERE vm.merged_into = ${alias}.id AND (vs.organization = ${orgParam} OR vs.user_id = ${userParam})))`;
}

/** The organisation a user is scoped to: null for roles that see everything, '-' for a user of none. */
export function scopeOf(user: BoardUser): string | null {
  return SEES_ALL.has(user.role) ? null : (user.organization ?? '-');
}
