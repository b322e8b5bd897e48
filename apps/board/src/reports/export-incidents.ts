import { Inject, Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { DISTRICT_SLUGS, exportColumns, exportRow, IncidentForExport } from '@rescue/domain';
import { Database } from '@rescue/persistence';
import { parseBody } from '@rescue/platform';
import { BoardUser } from '../auth/sessions';

const ZONE = 'Asia/Bangkok';
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').refine((d) => DateTime.fromISO(d, { zone: ZONE }).isValid, 'not a date');

/** `from` and `to` are days in Bangkok, both included; at most a year and a day. */
const ExportFilter = z
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
export type ExportFilter = z.infer<typeof ExportFilter>;

/**
 * The incidents of a period as CSV, for a funder or a partner: outcomes, counts and timings, never a
 * reporter's details; the tips' own words (free text) only with `text=true`. Every export is audited (who,
 * which filter, how many rows) before it leaves.
 */
@Injectable()
export class ExportIncidents {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute(user: BoardUser, query: unknown): Promise<{ filename: string; csv: string }> {
    const filter = parseBody(ExportFilter, query);
    const withText = filter.text === 'true';
    const from = DateTime.fromISO(filter.from, { zone: ZONE }).startOf('day').toJSDate();
    const until = DateTime.fromISO(filter.to, { zone: ZONE }).plus({ days: 1 }).startOf('day').toJSDate();
    const rows = await this.db.query(
      `SELECT i.case_ref, i.opened_at, i.district, i.priority, i.minors, i.cross_border, i.state, i.outcome, i.resolved_at, i.summary,
              (SELECT count(*)::int FROM tips t WHERE t.incident_id = i.id) AS tips,
              (SELECT coalesce(array_agg(t.channel), '{}') FROM tips t WHERE t.incident_id = i.id) AS channels,
              CASE WHEN $5 THEN (SELECT array_agg(t.text ORDER BY t.received_at) FROM tips t WHERE t.incident_id = i.id) END AS texts,
              (SELECT min(t.received_at) FROM tips t WHERE t.incident_id = i.id) AS first_tip_at,
              (SELECT min(a.created_at) FROM alerts a WHERE a.incident_id = i.id AND a.kind = 'page') AS first_page_at,
              (SELECT coalesce(jsonb_object_agg(r.role, jsonb_build_object('acceptedAt', r.accepted_at, 'arrivedAt', r.arrived_at)), '{}')
                 FROM incident_roles r WHERE r.incident_id = i.id AND r.required) AS roles,
              (SELECT jsonb_build_object('minors', coalesce(sum((e.detail->>'minors')::int), 0), 'adults', coalesce(sum((e.detail->>'adults')::int), 0))
                 FROM timeline e WHERE e.incident_id = i.id AND e.kind = 'rescued-count') AS rescued
         FROM incidents i
        WHERE i.opened_at >= $1 AND i.opened_at < $2 AND ($3::text IS NULL OR i.district = $3) AND ($4::text IS NULL OR i.priority = $4)
        ORDER BY i.opened_at, i.id`,
      [from, until, filter.district ?? null, filter.priority ?? null, withText],
    );
    const incidents: IncidentForExport[] = rows.map((r) => ({
      caseRef: r.case_ref,
      openedAt: new Date(r.opened_at),
      district: r.district,
      priority: r.priority,
      minors: r.minors,
      crossBorder: r.cross_border,
      state: r.state,
      outcome: r.outcome,
      resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null,
      tips: r.tips,
      channels: r.channels,
      firstTipAt: r.first_tip_at ? new Date(r.first_tip_at) : null,
      firstPageAt: r.first_page_at ? new Date(r.first_page_at) : null,
      roles: Object.fromEntries(
        Object.entries(r.roles as Record<string, { acceptedAt: string | null; arrivedAt: string | null }>).map(([role, t]) => [
          role,
          { acceptedAt: t.acceptedAt ? new Date(t.acceptedAt) : null, arrivedAt: t.arrivedAt ? new Date(t.arrivedAt) : null },
        ]),
      ),
      rescued: r.rescued,
      summary: r.summary,
      texts: r.texts ?? undefined,
    }));
    const roles = [...new Set(incidents.flatMap((i) => Object.keys(i.roles)))].sort();
    await this.db.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'report.exported', 'report:incidents', $2)`, [
      user.id,
      { email: user.email, role: user.role, filter, rows: incidents.length },
    ]);
    // A byte order mark: spreadsheet programs then read the Thai, Burmese and Lao as UTF-8.
    const csv = '\uFEFF' + stringify([exportColumns(roles, withText), ...incidents.map((i) => exportRow(i, roles, withText))]);
    return { filename: `incidents-${filter.from}-to-${filter.to}.csv`, csv };
  }
}
