import { Inject, Injectable, Logger } from '@nestjs/common';
import { PoolClient } from 'pg';
import { Subjects } from '@rescue/contracts';
import { coordinators, Responder } from '@rescue/domain';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import { ContactBook } from '../directory/contact-book';
import { DirectoryService } from '../directory/directory.service';
import { AlertOutbox } from '../outbox/alert-outbox';
import { AlertWriter } from './alert-writer';
import { IncidentReader, OpenIncident } from './incident-reader';
import { planAfter, StepPlan } from './plan';
import { ReplyCodes } from './reply-codes';
import { recordTimeline } from './timeline';

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
    private readonly alerts: AlertWriter,
    private readonly outbox: AlertOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly publisher: JetStreamPublisher,
    private readonly replyCodes: ReplyCodes,
    private readonly contacts: ContactBook,
  ) {}

  async execute(incidentId: string, role: string, from: ChainPosition, reason: EscalationReason): Promise<boolean> {
    return (await this.executeMany(incidentId, [{ role, from }], reason)).length > 0;
  }

  /** Several chains of one incident in one transaction (an incident's start moves all of them). */
  async executeMany(incidentId: string, chains: { role: string; from: ChainPosition }[], reason: EscalationReason): Promise<Moved[]> {
    const incident = await this.incidents.get(incidentId);
    if (!incident?.policy || (incident.state !== 'triggered' && incident.state !== 'acknowledged')) return [];
    const dir = this.directory.directory;
    const now = new Date();
    const plans = await Promise.all(
      chains.map(async (c) => ({ ...c, plan: await this.withCurrentContacts(planAfter(dir, incident.policy!, c.role, c.from.step, now)) })),
    );
    const alarmed = plans.some((p) => p.plan.exhausted) ? await this.contacts.current(coordinators(dir)) : [];
    const codes = await this.allocateCodes(incident.id, plans.flatMap((p) => (p.plan.exhausted ? alarmed : p.plan.responders)));
    const moved = await this.db.tx(async (client) => {
      const out: Moved[] = [];
      for (const c of plans) {
        const m = await this.move(client, incident, c.role, c.from, c.plan, alarmed, codes, reason);
        if (m) out.push(m);
      }
      return out;
    });
    if (!moved.length) {
      // Nothing to move; but a redelivered event or a retried job after a failed publish (NATS away)
      // lands here too: finish publishing what that attempt committed (one cheap query if nothing waits).
      await this.outbox.flush(incidentId);
      return moved;
    }

    // The deadlines before the publish: if the publish fails, the retry finds nothing to move, so a
    // deadline not set now would be missing until the next audit (principle 2: PostgreSQL decides,
    // but a pending chain must always have its timer).
    await Promise.all(
      moved
        .filter((m) => m.deadlineAt)
        .map((m) => this.deadlines.schedule({ incidentId, role: m.role, step: m.step, fence: m.fence }, m.deadlineAt!)),
    );
    await this.outbox.flush(incidentId, { known: true });
    await Promise.all([
      ...moved.map((m) =>
        this.publisher.publish(
          Subjects.incidentEscalated,
          { incidentId, role: m.role, step: m.step, exhausted: m.exhausted, reason, at: now.toISOString() },
          `escalated-${incidentId}-${m.role}-${m.step}`,
        ),
      ),
    ]);
    for (const m of moved) this.logger.log(`${incidentId} ${m.role} -> step ${m.step}${m.exhausted ? ' (exhausted)' : ''} (${reason})`);
    return moved;
  }

  private async move(
    client: PoolClient,
    incident: OpenIncident,
    role: string,
    from: ChainPosition,
    plan: StepPlan,
    alarmed: Responder[],
    codes: Map<string, number>,
    reason: EscalationReason,
  ): Promise<Moved | undefined> {
    const chain = incident.policy!.chains.find((c) => c.role === role);
    if (!chain) return undefined;
    const nextStep = plan.exhausted ? from.step + 1 : plan.step;
    const waitMs = plan.exhausted ? 0 : plan.waitMinutes * 60_000 * this.config.ESCALATION_TIME_SCALE;
    const nextState = plan.exhausted ? 'exhausted' : chain.required ? 'pending' : 'informed';
    const { rows } = await client.query(
      `UPDATE incident_roles
          SET step = $5, fence = fence + 1, state = $6,
              deadline_at = CASE WHEN $6 = 'pending' THEN now() + make_interval(secs => $7::float8 / 1000) END
        WHERE incident_id = $1 AND role = $2 AND state = 'pending' AND step = $3 AND fence = $4
        RETURNING step, fence, deadline_at`,
      [incident.id, role, from.step, from.fence, nextStep, nextState, waitMs],
    );
    if (!rows.length) return undefined; // someone else moved it, or it was accepted: nothing to do
    const { step, fence, deadline_at } = rows[0] as { step: number; fence: number; deadline_at: Date | null };
    if (plan.exhausted) {
      // Nobody of this role accepted: alarm every coordinator; a coordinator's ACK accepts on behalf.
      await this.alerts.pages(
        client,
        alarmed.map((c) => ({ incidentId: incident.id, role, step, responder: c, everyChannel: true, code: codes.get(c.id) ?? null })),
      );
      await recordTimeline(client, incident.id, `exhausted-${role}-${step}`, 'exhausted', { role, step });
    } else {
      await this.alerts.pages(
        client,
        plan.responders.map((r) => ({ incidentId: incident.id, role, step, responder: r, everyChannel: chain.required, code: codes.get(r.id) ?? null })),
      );
      await recordTimeline(client, incident.id, `step-${role}-${step}`, 'escalated', {
        role, step, reason, responders: plan.responders.map((r) => r.id), deadlineAt: deadline_at,
      });
    }
    return { role, step, fence, deadlineAt: deadline_at, exhausted: plan.exhausted };
  }

  private async withCurrentContacts(plan: StepPlan): Promise<StepPlan> {
    return plan.exhausted ? plan : { ...plan, responders: await this.contacts.current(plan.responders) };
  }

  private allocateCodes(incidentId: string, responders: Responder[]): Promise<Map<string, number>> {
    const withPhone = new Map(responders.filter((r) => r.channels.sms).map((r) => [r.id, { id: r.id, phone: r.channels.sms! }]));
    return this.replyCodes.allocate(incidentId, [...withPhone.values()]);
  }
}
