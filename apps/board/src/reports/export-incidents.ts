import { Inject, Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { exportColumns, exportRow, IncidentForExport } from '@rescue/domain';
import { Database } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';
import { BoardDirectory } from '../directory/board-directory';
import { auditExport } from './audit-export';
import { FILTERED_INCIDENTS, filterParams, FIRST_PAGE_AT, FIRST_TIP_AT, reportFilter, rescued, ReportQuery } from './report-filter';

/**
 * The incidents of a period as CSV, for a funder or a partner: outcomes, counts and timings, never a
 * reporter's details; the tips' own words (free text) only with `text=true`. Every export is audited (who,
 * which filter, how many rows) before it leaves.
 */
@Injectable()
export class ExportIncidents {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: BoardDirectory,
  ) {}

  async execute(user: BoardUser, query: ReportQuery): Promise<{ filename: string; csv: string }> {
    const filter = reportFilter(query, user, (await this.directory.current()).directory.organizations);
    const withText = filter.query.text === 'true';
    const rows = await this.db.query(
      `SELECT i.case_ref, i.opened_at, i.district, i.priority, i.minors, i.cross_border, i.state, i.outcome, i.resolved_at, i.summary,
              (SELECT count(*)::int FROM tips t WHERE t.incident_id = i.id) AS tips,
              (SELECT coalesce(array_agg(t.channel), '{}') FROM tips t WHERE t.incident_id = i.id) AS channels,
              CASE WHEN $7 THEN (SELECT array_agg(t.text ORDER BY t.received_at) FROM tips t WHERE t.incident_id = i.id) END AS texts,
              ${FIRST_TIP_AT} AS first_tip_at, ${FIRST_PAGE_AT} AS first_page_at,
              (SELECT coalesce(jsonb_object_agg(r.role, jsonb_build_object('acceptedAt', r.accepted_at, 'arrivedAt', r.arrived_at)), '{}')
                 FROM incident_roles r WHERE r.incident_id = i.id AND r.required) AS roles,
              jsonb_build_object('minors', ${rescued('minors')}, 'adults', ${rescued('adults')}) AS rescued,
              (SELECT e.detail->'referral'->>'organization' FROM timeline e WHERE e.incident_id = i.id AND e.kind = 'resolved' ORDER BY e.at DESC LIMIT 1) AS referred_to
         FROM incidents i
        WHERE ${FILTERED_INCIDENTS}
        ORDER BY i.opened_at, i.id`,
      [...filterParams(filter), withText],
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
      referredTo: r.referred_to,
      summary: r.summary,
      texts: r.texts ?? undefined,
    }));
    const roles = [...new Set(incidents.flatMap((i) => Object.keys(i.roles)))].sort();
    await auditExport(this.db, user, 'report:incidents', { filter: filter.query, organization: filter.organization, rows: incidents.length });
    // A byte order mark: spreadsheet programs then read the Thai, Burmese and Lao as UTF-8.
    const csv = '\uFEFF' + stringify([exportColumns(roles, withText), ...incidents.map((i) => exportRow(i, roles, withText))]);
    return { filename: `incidents-${filter.query.from}-to-${filter.query.to}.csv`, csv };
  }
}
