import { DateTime } from 'luxon';
import { z } from 'zod';
import { DISTRICT_SLUGS, Organization } from '@rescue/domain';
import { BoardUser } from '../auth/sessions';
import { visibleIncident } from '../incidents/incident-visibility';

export const REPORT_ZONE = 'Asia/Bangkok';
const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((d) => DateTime.fromISO(d, { zone: REPORT_ZONE }).isValid, 'not a date');

/** `from` and `to` are days in Bangkok, both included; at most a year and a day. */
export const ReportQuery = z
  .object({
    from: LocalDate,
    to: LocalDate,
    district: z.enum(DISTRICT_SLUGS as unknown as [string, ...string[]]).optional(),
    priority: z.enum(['P1', 'P2', 'P3', 'P4']).optional(),
    text: z.enum(['true', 'false']).optional(),
  })
  .strict()
  .refine((f) => f.from <= f.to, { message: 'must not be before from', path: ['to'] })
  .refine((f) => DateTime.fromISO(f.to).diff(DateTime.fromISO(f.from), 'days').days <= 366, { message: 'a period of at most 366 days', path: ['to'] });
export type ReportQuery = z.infer<typeof ReportQuery>;

export interface ReportFilter {
  query: ReportQuery;
  /** The organisation whose incidents the reader sees; null: the whole team's. */
  organization: string | null;
  userId: string;
  /** [from, until): the period as instants. */
  from: Date;
  until: Date;
  district: string | null;
  priority: string | null;
}

/**
 * The incidents a report is about: opened in the period, of the district and priority if given, real
 * (drills have their own report), and of the reader's organisation unless they see the whole team's.
 */
export const FILTERED_INCIDENTS = `i.opened_at >= $1 AND i.opened_at < $2 AND ($3::text IS NULL OR i.district = $3) AND ($4::text IS NULL OR i.priority = $4)
  AND NOT i.drill AND ${visibleIncident('i', '$5', '$6')}`;

/** Per incident `i` (shared by the summary and the CSV): its first tip, its first page, the people rescued. */
export const FIRST_TIP_AT = `(SELECT min(t.received_at) FROM tips t WHERE t.incident_id = i.id)`;
export const FIRST_PAGE_AT = `(SELECT min(a.created_at) FROM alerts a WHERE a.incident_id = i.id AND a.kind = 'page')`;
/** The count of the latest closure: an incident reopened and closed again is counted once. */
export const rescued = (who: 'minors' | 'adults') =>
  `coalesce((SELECT (e.detail->>'${who}')::int FROM timeline e WHERE e.incident_id = i.id AND e.kind = 'rescued-count' ORDER BY e.at DESC, e.id DESC LIMIT 1), 0)`;

/**
 * Admins and the coordinators of the whole team (of a coordination organisation, or of none) report on
 * every incident; a coordinator of one organisation on the incidents it was part of (visibleIncident).
 */
export function reportScope(user: BoardUser, organizations: Organization[]): string | null {
  if (user.role === 'admin' || !user.organization) return null;
  const kind = organizations.find((o) => o.id === user.organization)?.kind;
  return kind === 'coordination' ? null : user.organization;
}

export function reportFilter(q: ReportQuery, user: BoardUser, organizations: Organization[]): ReportFilter {
  return {
    query: q,
    organization: reportScope(user, organizations),
    userId: user.id,
    from: DateTime.fromISO(q.from, { zone: REPORT_ZONE }).startOf('day').toJSDate(),
    until: DateTime.fromISO(q.to, { zone: REPORT_ZONE }).plus({ days: 1 }).startOf('day').toJSDate(),
    district: q.district ?? null,
    priority: q.priority ?? null,
  };
}

export const filterParams = (f: ReportFilter) => [f.from, f.until, f.district, f.priority, f.organization, f.userId];
