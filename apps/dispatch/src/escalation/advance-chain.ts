import { Inject, Injectable, Logger } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { Subjects } from '@rescue/contracts';
import { JetStreamPublisher } from '@rescue/messaging';
import { coordinators } from '@rescue/domain';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import { DirectoryService } from '../directory/directory.service';
import { AlertOutbox } from '../outbox/alert-outbox';
import { AlertWriter } from './alert-writer';
import { IncidentReader } from './incident-reader';
import { planAfter } from './plan';
import { recordTimeline } from './timeline';

export type EscalationReason = 'start' | 'deadline' | 'declined' | 'manual';

/** The chain position a caller believes in; the update only applies if the database agrees. */
export interface ChainPosition {
  step: number;
  fence: number;
}

/**
 * Moves one role chain of an incident to its next step. The database decides (DESIGN principle 2):
 * the move is a conditional update on (state = 'pending', step, fence), so a stale deadline job, a
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
  ) {}

  async execute(incidentId: string, role: string, from: ChainPosition, reason: EscalationReason): Promise<boolean> {
    const incident = await this.incidents.get(incidentId);
    if (!incident?.policy || (incident.state !== 'triggered' && incident.state !== 'acknowledged')) return false;
    const chain = incident.policy.chains.find((c) => c.role === role);
    if (!chain) return false;
    const dir = this.directory.directory;
    const now = new Date();
    const plan = planAfter(dir, incident.policy, role, from.step, now);

    const moved = await this.db.tx(async (client) => {
      const nextStep = plan.exhausted ? from.step + 1 : plan.step;
      const waitMs = plan.exhausted ? 0 : plan.waitMinutes * 60_000 * this.config.ESCALATION_TIME_SCALE;
      const nextState = plan.exhausted ? 'exhausted' : chain.required ? 'pending' : 'informed';
      const { rows } = await client.query(
        `UPDATE incident_roles
            SET step = $5, fence = fence + 1, state = $6,
                deadline_at = CASE WHEN $6 = 'pending' THEN now() + make_interval(secs => $7::float8 / 1000) END
          WHERE incident_id = $1 AND role = $2 AND state = 'pending' AND step = $3 AND fence = $4
          RETURNING step, fence, deadline_at`,
        [incidentId, role, from.step, from.fence, nextStep, nextState, waitMs],
      );
      if (!rows.length) return undefined; // someone else moved it, or it was accepted: nothing to do
      const moved = rows[0] as { step: number; fence: number; deadline_at: Date | null };
      if (plan.exhausted) {
        // Nobody of this role accepted: alarm every coordinator; a coordinator's ACK accepts on behalf.
        for (const coordinator of coordinators(dir)) {
          await this.alerts.page(client, { incidentId, role, step: moved.step, responder: coordinator });
        }
        await recordTimeline(client, incidentId, `exhausted-${role}-${moved.step}`, 'exhausted', { role, step: moved.step });
      } else {
        for (const responder of plan.responders) {
          await this.alerts.page(client, { incidentId, role, step: moved.step, responder });
        }
        await recordTimeline(client, incidentId, `step-${role}-${moved.step}`, 'escalated', {
          role, step: moved.step, reason, responders: plan.responders.map((r) => r.id),
        });
      }
      return moved;
    });
    if (!moved) return false;

    await this.outbox.flush(incidentId);
    if (moved.deadline_at) await this.deadlines.schedule({ incidentId, role, step: moved.step, fence: moved.fence }, moved.deadline_at);
    await this.publisher.publish(
      Subjects.incidentEscalated,
      {
        incidentId, role, step: moved.step, exhausted: plan.exhausted,
        reason, at: now.toISOString(),
      },
      `escalated-${incidentId}-${role}-${moved.step}`,
    );
    this.logger.log(`${incidentId} ${role} -> step ${moved.step}${plan.exhausted ? ' (exhausted)' : ''} (${reason})`);
    return true;
  }
}
