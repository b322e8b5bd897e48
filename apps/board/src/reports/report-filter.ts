import { DateTime } from 'luxon';
import { z } from 'zod';
import { DISTRICT_SLUGS } from '@rescue/domain';
import { parseBody } from '@rescue/platform';

export const REPORT_ZONE = 'Asia/Bangkok';
const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((d) => DateTime.fromISO(d, { zone: REPORT_ZONE }).isValid, 'not a date');

/** `from` and `to` are days in Bangkok, both included; at most a year and a day. */
const ReportQuery = z
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
  /** [from, until): the period as instants. */
  from: Date;
  until: Date;
  district: string | null;
  priority: string | null;
}

/** The incidents a report is about: opened in the period, of the district and priority if given. */
export const FILTERED_INCIDENTS = `i.opened_at >= $1 AND i.opened_at < $2 AND ($3::text IS NULL OR i.district = $3) AND ($4::text IS NULL OR i.priority = $4)`;

/** Per incident `i` (shared by the summary and the CSV): its first tip, its first page, the people rescued. */
export const FIRST_TIP_AT = `(SELECT min(t.received_at) FROM tips t WHERE t.incident_id = i.id)`;
export const FIRST_PAGE_AT = `(SELECT min(a.created_at) FROM alerts a WHERE a.incident_id = i.id AND a.kind = 'page')`;
export const rescued = (who: 'minors' | 'adults') =>
  `(SELECT coalesce(sum((e.detail->>'${who}')::int), 0) FROM timeline e WHERE e.incident_id = i.id AND e.kind = 'rescued-count')`;

export function reportFilter(query: unknown): ReportFilter {
  const q = parseBody(ReportQuery, query);
  return {
    query: q,
    from: DateTime.fromISO(q.from, { zone: REPORT_ZONE }).startOf('day').toJSDate(),
    until: DateTime.fromISO(q.to, { zone: REPORT_ZONE }).plus({ days: 1 }).startOf('day').toJSDate(),
    district: q.district ?? null,
    priority: q.priority ?? null,
  };
}

export const filterParams = (f: ReportFilter) => [f.from, f.until, f.district, f.priority];
