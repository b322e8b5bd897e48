import { Inject, Injectable, Logger } from '@nestjs/common';
import { PoolClient } from 'pg';
import { IncidentOpened, Priority, RedispatchCommand } from '@rescue/contracts';
import { ChainRow, FrozenPolicy, planRedispatch, PRIORITY_RANK, selectPolicy } from '@rescue/domain';
import { Database } from '@rescue/persistence';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import { DirectoryService } from '../directory/directory.service';
import { AdvanceChain } from '../escalation/advance-chain';
import { AlertWriter } from '../escalation/alert-writer';
import { StartEscalation } from '../escalation/start-escalation';
import { recordTimeline } from '../escalation/timeline';
import { AlertOutbox } from '../outbox/alert-outbox';
import { notice } from '../replies/notices';

interface Verdict {
  priority: Priority;
  district: string;
}

interface IncidentRow extends Verdict {
  state: string;
  policy: FrozenPolicy | null;
  dispatched_for: Verdict | null;
  minors: boolean;
  cross_border: 'MM' | 'LA' | null;
  summary: string;
  opened_at: Date;
}

interface Work {
  /** Chains to move from where they are (restarted under the new policy, or new). */
  positions: { role: string; step: number; fence: number }[];
  /** The incident had no plan yet (in review, or no policy covered it): start it as if it opened now. */
  start?: IncidentOpened;
}

/**
 * Triage was corrected (`commands.redispatch`, published by the board's override in the same
 * transaction that stores the correction). Compared with what the chains were last planned for: a new
 * district pages its own on-call for every role not accepted yet, a higher priority pages the roles it
 * newly requires, a lower one pages nobody new (plan-edits.ts decides). A review incident raised
 * out of P4, or one that no policy covered, starts escalating. Restarted chains move through
 * AdvanceChain from a fresh index, so nothing already sent is renumbered or sent again.
 */
@Injectable()
export class RedispatchIncident {
  private readonly logger = new Logger(RedispatchIncident.name);

  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: DirectoryService,
    private readonly alerts: AlertWriter,
    private readonly outbox: AlertOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly advance: AdvanceChain,
    private readonly startEscalation: StartEscalation,
  ) {}

  async execute(cmd: RedispatchCommand): Promise<void> {
    const work = await this.db.tx((client) => this.plan(client, cmd));
    if (!work) return;
    for (const p of work.positions) {
      if (p.fence > 1) await this.deadlines.cancel({ incidentId: cmd.incidentId, role: p.role, step: p.step, fence: p.fence - 1 });
    }
    if (work.start) await this.startEscalation.execute(work.start);
    if (work.positions.length) {
      await this.advance.executeMany(cmd.incidentId, work.positions.map((p) => ({ role: p.role, from: { step: p.step, fence: p.fence } })), 'start');
    }
    await this.outbox.flush(cmd.incidentId);
  }

  private async plan(client: PoolClient, cmd: RedispatchCommand): Promise<Work | undefined> {
    // Waits for the board's override to commit (it holds the row while it publishes this command).
    const incident = (
      await client.query<IncidentRow>(
        `SELECT state, priority, district, policy, dispatched_for, minors, cross_border, summary, opened_at
           FROM incidents WHERE id = $1 FOR NO KEY UPDATE`,
        [cmd.incidentId],
      )
    ).rows[0];
    if (!incident) return undefined;
    const done = await client.query('SELECT detail FROM timeline WHERE event_key = $1', [`${cmd.incidentId}/redispatched-${cmd.commandId}`]);
    if (done.rows[0]) return done.rows[0].detail.work as Work; // a retry: moving again is a no-op if it moved
    if (incident.state === 'resolved') return undefined;

    const target: Verdict = { priority: incident.priority, district: incident.district };
    const baseline = incident.dispatched_for ?? cmd.from;
    await client.query('UPDATE incidents SET dispatched_for = $2 WHERE id = $1', [cmd.incidentId, target]);
    const districtChanged = target.district !== baseline.district;
    const raised = PRIORITY_RANK[target.priority] < PRIORITY_RANK[baseline.priority];
    const opened: IncidentOpened = {
      incidentId: cmd.incidentId, tipId: cmd.incidentId, priority: target.priority, district: target.district,
      minors: incident.minors, crossBorder: incident.cross_border, summary: incident.summary,
      openedAt: new Date(incident.opened_at).toISOString(),
    };

    let work: Work;
    let roles: string[];
    if (!incident.policy) {
      // Nothing was planned yet: a P4 raised for dispatch, or a district/priority no policy covered.
      if (target.priority === 'P4') return undefined;
      await client.query(`UPDATE incidents SET state = 'triggered', updated_at = now() WHERE id = $1 AND state = 'review'`, [cmd.incidentId]);
      work = { positions: [], start: opened };
      roles = [];
    } else {
      const next = selectPolicy(this.directory.directory, target.district, target.priority);
      if (!next) return undefined; // P4, or nobody covers it: the chains running keep running
      const rows = (
        await client.query<ChainRow & { fence: number }>(
          'SELECT role, required, state, step, fence FROM incident_roles WHERE incident_id = $1 ORDER BY role FOR UPDATE',
          [cmd.incidentId],
        )
      ).rows;
      const plan = planRedispatch(incident.policy, next, rows, { districtChanged, raised });
      if (!plan) return undefined;
      await client.query('UPDATE incidents SET policy = $2, updated_at = now() WHERE id = $1', [cmd.incidentId, plan.policy]);
      roles = [...plan.restart, ...plan.add].map((r) => r.role);
      const restarted = plan.restart.map((r) => r.role);
      if (districtChanged && restarted.length) await this.standDown(client, cmd, restarted, baseline.district, target.district);
      const moved = await client.query<{ role: string; step: number; fence: number }>(
        `UPDATE incident_roles r SET state = 'pending', required = c.required, fence = r.fence + 1, deadline_at = NULL
           FROM unnest($2::text[], $3::boolean[]) AS c(role, required)
          WHERE r.incident_id = $1 AND r.role = c.role
          RETURNING r.role, r.step, r.fence`,
        [cmd.incidentId, restarted, plan.restart.map((r) => r.required)],
      );
      await client.query(
        `INSERT INTO incident_roles (incident_id, role, required, state)
         SELECT $1, role, required, 'pending' FROM unnest($2::text[], $3::boolean[]) AS c(role, required)
         ON CONFLICT DO NOTHING`,
        [cmd.incidentId, plan.add.map((r) => r.role), plan.add.map((r) => r.required)],
      );
      work = { positions: [...moved.rows, ...plan.add.map((r) => ({ role: r.role, step: 0, fence: 0 }))] };
    }
    await recordTimeline(client, cmd.incidentId, `redispatched-${cmd.commandId}`, 'redispatched', {
      from: baseline, to: target, roles, started: Boolean(work.start), by: cmd.by, byName: cmd.byName, work,
    });
    this.logger.log(`${cmd.incidentId} re-dispatched for ${target.priority} ${target.district}: ${roles.join(', ') || 'escalation started'}`);
    return work;
  }

  /** The old district's people paged for a restarted role are no longer wanted for it, and are told. */
  private async standDown(
    client: PoolClient,
    cmd: RedispatchCommand,
    roles: string[],
    from: string,
    to: string,
  ): Promise<void> {
    const told = await this.alerts.withdrawPages(client, cmd.incidentId, roles);
    await this.alerts.notices(
      client,
      told.flatMap(({ responderId, role }) => {
        const r = this.directory.responder(responderId);
        return r
          ? [{ incidentId: cmd.incidentId, role, responder: r, key: `moved-${cmd.commandId}`,
               notice: notice('moved', r.languages, { district: from, toDistrict: to }) }]
          : [];
      }),
    );
  }
}
