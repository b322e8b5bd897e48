import { Inject, Injectable, Logger } from '@nestjs/common';
import { Subjects } from '@rescue/contracts';
import { coordinators, Responder } from '@rescue/domain';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { Clock } from '@rescue/platform';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import { ContactBook } from '../directory/contact-book';
import { DirectoryService } from '../directory/directory.service';
import { AlertOutbox } from '../outbox/alert-outbox';
import { ALERT_COLUMNS, alertColumns, alertsFrom, pageRows } from './alert-writer';
import { IncidentReader, OpenIncident } from './incident-reader';
import { planAfter, StepPlan } from './plan';
import { ReplyCodes } from './reply-codes';

export type EscalationReason = 'start' | 'deadline' | 'declined' | 'manual' | 'released' | 'renotify';

/** The chain position a caller believes in; the update only applies if the database agrees. */
export interface ChainPosition {
  step: number;
  fence: number;
}

interface Moved {
  role: string;
  step: number;
  fence: number;
  deadlineAt: Date | null;
  exhausted: boolean;
}

/**
 * Moves role chains of an incident to their next step. The database decides (DESIGN principle 2):
 * each move is a conditional update on (state = 'pending', step, fence), so a stale deadline job, a
 * replayed event or a second replica racing an ack changes nothing. Pages are written to the outbox
 * in the same transaction and published after commit.
 */
@Injectable()
export class AdvanceChain {
  private readonly logger = new Logger(AdvanceChain.name);

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
    private readonly directory: DirectoryService,
    private readonly incidents: IncidentReader,
    private readonly outbox: AlertOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly publisher: JetStreamPublisher,
    private readonly replyCodes: ReplyCodes,
    private readonly contacts: ContactBook,
    private readonly clock: Clock,
  ) {}

  async execute(incidentId: string, role: string, from: ChainPosition, reason: EscalationReason): Promise<boolean> {
    return (await this.executeMany(incidentId, [{ role, from }], reason)).length > 0;
  }

  /**
   * Several chains of one incident in one transaction (an incident's start moves all of them): one
   * conditional update for all chains, one insert of their pages, one of their timeline entries.
   */
  async executeMany(
    incidentId: string,
    chains: { role: string; from: ChainPosition }[],
    reason: EscalationReason,
    /** The incident as the caller just read it, to save reading it again. */
    known?: OpenIncident,
  ): Promise<Moved[]> {
    const incident = known ?? (await this.incidents.get(incidentId));
    if (!incident?.policy || (incident.state !== 'triggered' && incident.state !== 'acknowledged')) return [];
    const dir = this.directory.directory;
    const now = this.clock.now();
    const planned = chains.map((c) => ({ ...c, plan: planAfter(dir, incident.policy!, c.role, c.from.step, now) }));
    // Current contacts of everyone this move may page, in one query.
    const everyone = new Map<string, Responder>();
    for (const p of planned) if (!p.plan.exhausted) p.plan.responders.forEach((r) => everyone.set(r.id, r));
    if (planned.some((p) => p.plan.exhausted)) coordinators(dir).forEach((r) => everyone.set(r.id, r));
    const current = new Map((await this.contacts.current([...everyone.values()])).map((r) => [r.id, r]));
    const plans = planned.map((p) => ({
      ...p,
      plan: p.plan.exhausted ? p.plan : { ...p.plan, responders: p.plan.responders.map((r) => current.get(r.id) ?? r) },
    }));
    const alarmed = plans.some((p) => p.plan.exhausted) ? coordinators(dir).map((r) => current.get(r.id) ?? r) : [];
    const codes = await this.allocateCodes(incident.id, plans.flatMap((p) => (p.plan.exhausted ? alarmed : p.plan.responders)));
    const moved = await this.move(incident, plans, alarmed, codes, reason);
    if (!moved.length) {
      // Nothing to move; but a redelivered event or a retried job after a failed publish (NATS away)
      // lands here too: finish publishing what that attempt committed (one cheap query if nothing waits).
      await this.outbox.flush(incidentId);
      return moved;
    }

    // The deadlines and the publish run side by side, and both finish before a failure of either
    // fails the event: a redelivery finds nothing to move, so a deadline not set now would be missing
    // until the next audit (principle 2: PostgreSQL decides, but a pending chain must have its timer).
    const settled = await Promise.allSettled([
      ...moved
        .filter((m) => m.deadlineAt)
        .map((m) => this.deadlines.schedule({ incidentId, role: m.role, step: m.step, fence: m.fence }, m.deadlineAt!)),
      this.outbox.flush(incidentId, { known: true }),
    ]);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    await Promise.all(
      moved.map((m) =>
        this.publisher.publish(
          Subjects.incidentEscalated,
          { incidentId, role: m.role, step: m.step, exhausted: m.exhausted, reason, at: now.toISOString() },
          `escalated-${incidentId}-${m.role}-${m.step}`,
        ),
      ),
    );
    // One line per move, not per chain: at a tip a second the log is written in the hot path.
    this.logger.log(`${incidentId} ${moved.map((m) => `${m.role} -> step ${m.step}${m.exhausted ? ' (exhausted)' : ''}`).join(', ')} (${reason})`);
    return moved;
  }

  /**
   * One statement, so one implicit transaction and one round trip: each chain moves only if it is
   * still pending where the caller saw it (a stale deadline job, a replayed event or a second replica
   * racing an ack changes nothing), and the pages and timeline entries of the chains that moved are
   * written with it; those of a chain that did not move are dropped by the joins.
   */
  private async move(
    incident: OpenIncident,
    plans: { role: string; from: ChainPosition; plan: StepPlan }[],
    alarmed: Responder[],
    codes: Map<string, number>,
    reason: EscalationReason,
  ): Promise<Moved[]> {
    const chains = new Map(incident.policy!.chains.map((c) => [c.role, c]));
    const known = plans
      .filter((p) => chains.has(p.role))
      .map((p) => ({ ...p, nextStep: p.plan.exhausted ? p.from.step + 1 : p.plan.step }));
    if (!known.length) return [];
    const column = <T>(f: (p: (typeof known)[number]) => T) => known.map(f);
    // Exhausted: nobody of this role accepted; alarm every coordinator (a coordinator's ACK accepts on behalf).
    const pages = pageRows(
      known.flatMap((p) =>
        (p.plan.exhausted ? alarmed : p.plan.responders).map((responder) => ({
          incidentId: incident.id, role: p.role, step: p.nextStep, responder,
          everyChannel: p.plan.exhausted || chains.get(p.role)!.required, code: codes.get(responder.id) ?? null,
        })),
      ),
    );
    const timeline = known.map((p) =>
      p.plan.exhausted
        ? { key: `exhausted-${p.role}-${p.nextStep}`, kind: 'exhausted', detail: { role: p.role, step: p.nextStep } }
        : {
            key: `step-${p.role}-${p.nextStep}`,
            kind: 'escalated',
            detail: { role: p.role, step: p.nextStep, reason, responders: p.plan.responders.map((r) => r.id) },
          },
    );
    const { rows } = await this.db.pool.query<{ role: string; step: number; fence: number; deadline_at: Date | null }>(
      `WITH moved AS (
         UPDATE incident_roles r
            SET step = c.next_step, fence = r.fence + 1, state = c.next_state,
                deadline_at = CASE WHEN c.next_state = 'pending' THEN now() + make_interval(secs => c.wait_ms / 1000) END
           FROM unnest($2::text[], $3::int[], $4::int[], $5::int[], $6::text[], $7::float8[])
                AS c(role, from_step, from_fence, next_step, next_state, wait_ms)
          WHERE r.incident_id = $1 AND r.role = c.role AND r.state = 'pending' AND r.step = c.from_step AND r.fence = c.from_fence
          RETURNING r.role, r.step, r.fence, r.deadline_at
       ), pages AS (
         INSERT INTO alerts (${ALERT_COLUMNS})
         SELECT p.* FROM ${alertsFrom(8)} JOIN moved m ON m.role = p.role AND m.step = p.step
         ON CONFLICT (id) DO NOTHING
       ), entries AS (
         INSERT INTO timeline (incident_id, event_key, kind, detail)
         SELECT $1, $1 || '/' || e.key, e.kind,
                CASE WHEN e.kind = 'escalated'
                     THEN e.detail || jsonb_build_object('deadlineAt', to_char(m.deadline_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                     ELSE e.detail END
           FROM unnest($20::text[], $21::int[], $22::text[], $23::text[], $24::jsonb[]) AS e(role, step, key, kind, detail)
           JOIN moved m ON m.role = e.role AND m.step = e.step
         ON CONFLICT (event_key) DO NOTHING
       )
       SELECT * FROM moved`,
      [
        incident.id,
        column((p) => p.role),
        column((p) => p.from.step),
        column((p) => p.from.fence),
        column((p) => p.nextStep),
        column((p) => (p.plan.exhausted ? 'exhausted' : chains.get(p.role)!.required ? 'pending' : 'informed')),
        column((p) => (p.plan.exhausted ? 0 : p.plan.waitMinutes * 60_000 * this.config.ESCALATION_TIME_SCALE)),
        ...alertColumns(pages),
        column((p) => p.role),
        column((p) => p.nextStep),
        timeline.map((t) => t.key),
        timeline.map((t) => t.kind),
        timeline.map((t) => JSON.stringify(t.detail)),
      ],
    );
    const byRole = new Map(known.map((p) => [p.role, p]));
    return rows.map((row) => ({ role: row.role, step: row.step, fence: row.fence, deadlineAt: row.deadline_at, exhausted: byRole.get(row.role)!.plan.exhausted }));
  }

  private allocateCodes(incidentId: string, responders: Responder[]): Promise<Map<string, number>> {
    const withPhone = new Map(responders.filter((r) => r.channels.sms).map((r) => [r.id, { id: r.id, phone: r.channels.sms! }]));
    return this.replyCodes.allocate(incidentId, [...withPhone.values()]);
  }
}
