import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { coverageGapText } from '@rescue/channels';
import { compareGaps, coordinators, ReportedGap, scheduleGaps } from '@rescue/domain';
import { deterministicId } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { Clock } from '@rescue/platform';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { DirectoryNotice, DirectoryNoticeOutbox } from '../handoffs/directory-notice-outbox';
import { ContactBook } from './contact-book';
import { DirectoryService } from './directory.service';

/**
 * Looks COVERAGE_GAP_DAYS ahead for intervals in which a schedule has nobody on call and tells every
 * coordinator about each gap once, when it is first found (not at every scan): gaps already reported
 * are remembered in PostgreSQL, and replicas take turns under a lock, so two never report the same gap.
 */
@Injectable()
export class CoverageGapReports {
  private readonly logger = new Logger(CoverageGapReports.name);

  constructor(
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
    @Inject(Database) private readonly db: Database,
    private readonly directory: DirectoryService,
    private readonly contacts: ContactBook,
    private readonly outbox: DirectoryNoticeOutbox,
    private readonly clock: Clock,
  ) {}

  async execute(now = this.clock.now()): Promise<number> {
    const dir = this.directory.directory;
    const to = new Date(now.getTime() + this.config.COVERAGE_GAP_DAYS * 86_400_000);
    const found = scheduleGaps(dir, now, to);
    const told = await this.contacts.current(coordinators(dir));
    const names = new Map(dir.schedules.map((s) => [s.id, s]));
    const fresh = await this.db.tx(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(7250007)');
      const { rows } = await client.query(`SELECT id, schedule_id, starts_at, ends_at FROM coverage_gaps WHERE covered_at IS NULL`);
      const reported: ReportedGap[] = rows.map((r) => ({ id: r.id, scheduleId: r.schedule_id, start: r.starts_at, end: r.ends_at }));
      const result = compareGaps(found, reported);
      if (result.covered.length) await client.query('UPDATE coverage_gaps SET covered_at = $2 WHERE id = ANY($1)', [result.covered, now]);
      for (const r of result.continuing) {
        await client.query('UPDATE coverage_gaps SET starts_at = $2, ends_at = $3 WHERE id = $1', [r.id, r.start, r.end]);
      }
      const notices: DirectoryNotice[] = [];
      for (const gap of result.fresh) {
        const id = randomUUID();
        await client.query(
          `INSERT INTO coverage_gaps (id, schedule_id, role, districts, starts_at, ends_at, found_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [id, gap.scheduleId, gap.role, gap.districts, gap.start, gap.end, now],
        );
        const schedule = names.get(gap.scheduleId);
        const window = { ...gap, end: gap.end.getTime() === to.getTime() ? undefined : gap.end, timeZone: schedule?.timeZone ?? dir.timeZone, schedule: schedule?.name ?? gap.scheduleId };
        for (const c of told) {
          notices.push({ id: deterministicId('gap', id, c.id), kind: 'gap', responder: c, role: 'coordinator', district: gap.districts[0] ?? '*', text: coverageGapText(c.languages[0], window) });
        }
      }
      await this.outbox.write(client, notices);
      return result.fresh.length;
    });
    if (fresh) this.logger.warn(`${fresh} new coverage gap(s) in the next ${this.config.COVERAGE_GAP_DAYS} days reported to ${told.length} coordinator(s)`);
    return fresh;
  }
}
