import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';
import { BoardDirectory } from '../directory/board-directory';
import { FILTERED_INCIDENTS, filterParams, FIRST_PAGE_AT, FIRST_TIP_AT, REPORT_ZONE, reportFilter, rescued, ReportQuery } from './report-filter';

/** Median and 90th percentile, in minutes; null when nothing was measured. */
export interface Spread {
  n: number;
  median: number | null;
  p90: number | null;
}

const SPREAD = (minutes: string) =>
  `jsonb_build_object('n', count(${minutes}), 'median', round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes}))::numeric, 1),
                      'p90', round((percentile_cont(0.9) WITHIN GROUP (ORDER BY ${minutes}))::numeric, 1))`;

/**
 * The figures a funder or the monthly team meeting asks for, over a period (and district, priority):
 * tips by channel and language, incidents by priority, outcome, district and month, how fast someone
 * was paged, accepted and arrived (median and 90th percentile, minutes from the first tip), chains
 * exhausted, false alarms, people rescued and cases referred.
 */
@Injectable()
export class SummarizeIncidents {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: BoardDirectory,
  ) {}

  async execute(user: BoardUser, query: ReportQuery) {
    const filter = reportFilter(query, user, (await this.directory.current()).directory.organizations);
    const params = filterParams(filter);
    const count = (sql: string) => this.db.query<{ key: string; n: number }>(sql, params);
    const incidents = `FROM incidents i WHERE ${FILTERED_INCIDENTS}`;
    const [byPriority, byOutcome, byDistrict, byMonth, byChannel, byLanguage, [totals], timings] = await Promise.all([
      count(`SELECT i.priority AS key, count(*)::int AS n ${incidents} GROUP BY 1 ORDER BY 1`),
      count(`SELECT CASE WHEN i.state = 'resolved' THEN coalesce(i.outcome, 'other') WHEN i.state = 'review' THEN 'review' ELSE 'open' END AS key, count(*)::int AS n ${incidents} GROUP BY 1 ORDER BY 1`),
      count(`SELECT i.district AS key, count(*)::int AS n ${incidents} GROUP BY 1 ORDER BY 2 DESC, 1`),
      count(`SELECT to_char(i.opened_at AT TIME ZONE '${REPORT_ZONE}', 'YYYY-MM') AS key, count(*)::int AS n ${incidents} GROUP BY 1 ORDER BY 1`),
      count(`SELECT t.channel AS key, count(*)::int AS n FROM tips t JOIN incidents i ON i.id = t.incident_id WHERE ${FILTERED_INCIDENTS} GROUP BY 1 ORDER BY 2 DESC, 1`),
      count(`SELECT coalesce(t.language, 'unknown') AS key, count(*)::int AS n FROM tips t JOIN incidents i ON i.id = t.incident_id WHERE ${FILTERED_INCIDENTS} GROUP BY 1 ORDER BY 2 DESC, 1`),
      this.db.query(
        `SELECT count(*)::int AS incidents,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM incident_roles r WHERE r.incident_id = i.id AND r.state = 'exhausted'))::int AS "chainsExhausted",
                count(*) FILTER (WHERE i.outcome = 'false-alarm')::int AS "falseAlarms",
                count(*) FILTER (WHERE i.outcome IN ('referred', 'cross-border-handover'))::int AS referred,
                coalesce(sum(${rescued('minors')}), 0)::int AS "rescuedMinors",
                coalesce(sum(${rescued('adults')}), 0)::int AS "rescuedAdults"
           ${incidents}`,
        params,
      ),
      this.db.query(
        `WITH started AS (
           SELECT i.id, coalesce(${FIRST_TIP_AT}, i.opened_at) AS at, ${FIRST_PAGE_AT} AS paged_at ${incidents}
         ), paged AS (
           SELECT extract(epoch FROM s.paged_at - s.at) / 60 AS m FROM started s
         ), roles AS (
           SELECT r.role, extract(epoch FROM r.accepted_at - s.at) / 60 AS accepted, extract(epoch FROM r.arrived_at - s.at) / 60 AS arrived
             FROM started s JOIN incident_roles r ON r.incident_id = s.id AND r.required
         )
         SELECT 'first-page' AS key, NULL AS role, ${SPREAD('m')} AS spread FROM paged
         UNION ALL SELECT 'accepted', role, ${SPREAD('accepted')} FROM roles GROUP BY role
         UNION ALL SELECT 'arrived', role, ${SPREAD('arrived')} FROM roles GROUP BY role`,
        params,
      ),
    ]);
    const spreads = (key: string) => Object.fromEntries(timings.filter((t) => t.key === key).map((t) => [t.role, t.spread as Spread]));
    return {
      period: { from: filter.query.from, to: filter.query.to, district: filter.district, priority: filter.priority, timeZone: REPORT_ZONE },
      /** null: the whole team's incidents; else only those this organisation was part of. */
      organization: filter.organization,
      ...totals,
      tips: { byChannel, byLanguage },
      incidentsBy: { priority: byPriority, outcome: byOutcome, district: byDistrict, month: byMonth },
      minutesFromFirstTip: {
        firstPage: (timings.find((t) => t.key === 'first-page')?.spread as Spread) ?? { n: 0, median: null, p90: null },
        accepted: spreads('accepted'),
        arrived: spreads('arrived'),
      },
    };
  }
}
