import { Inject, Injectable, Logger } from '@nestjs/common';
import { PoolClient } from 'pg';
import { ReassignCommand } from '@rescue/contracts';
import { FrozenPolicy, Responder, waitOfStep, withStepInserted } from '@rescue/domain';
import { Database } from '@rescue/persistence';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import { DirectoryService } from '../directory/directory.service';
import { AdvanceChain, ChainPosition } from '../escalation/advance-chain';
import { AlertWriter } from '../escalation/alert-writer';
import { recordTimeline } from '../escalation/timeline';
import { AlertOutbox } from '../outbox/alert-outbox';
import { notice } from '../replies/notices';

/**
 * A coordinator pages one responder for a role now (as PagerDuty's reassign: the people paged so far
 * for that role are no longer paged for it, and are told so). The responder becomes a step inserted
 * at the chain's position in the incident's plan, with the wait of the step the chain was at: the
 * chain moves to it through AdvanceChain (the same fenced conditional update, outbox and deadline as
 * any escalation) and, if nobody accepts in time, carries on with the step that would have come next.
 * An exhausted chain is revived the same way.
 */
@Injectable()
export class ReassignRole {
  private readonly logger = new Logger(ReassignRole.name);

  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: DirectoryService,
    private readonly alerts: AlertWriter,
    private readonly outbox: AlertOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly advance: AdvanceChain,
  ) {}

  async execute(cmd: ReassignCommand): Promise<void> {
    const target = this.directory.responder(cmd.responderId);
    if (!target || !target.roles.includes(cmd.role)) {
      // The board checks this; a directory reloaded in between can still make it untrue.
      await this.refuse(cmd, `${cmd.responderId} is not a ${cmd.role} responder in the directory`);
      return;
    }
    const outcome = await this.db.tx((client) => this.reassign(client, cmd, target));
    if ('refused' in outcome) {
      await this.refuse(cmd, outcome.refused);
      return;
    }
    if (outcome.previousFence !== undefined) {
      await this.deadlines.cancel({ incidentId: cmd.incidentId, role: cmd.role, step: outcome.step, fence: outcome.previousFence });
    }
    // Also the retry of a command whose first attempt committed and then died: a no-op if it moved.
    await this.advance.execute(cmd.incidentId, cmd.role, { step: outcome.step, fence: outcome.fence }, 'manual');
    await this.outbox.flush(cmd.incidentId);
  }

  private async reassign(
    client: PoolClient,
    cmd: ReassignCommand,
    target: Responder,
  ): Promise<(ChainPosition & { previousFence?: number }) | { refused: string }> {
    // Incident, then role, then alerts: the order accept, resolve and the outbox lock them in.
    const incident = (
      await client.query<{ state: string; district: string; policy: FrozenPolicy | null }>(
        'SELECT state, district, policy FROM incidents WHERE id = $1 FOR NO KEY UPDATE',
        [cmd.incidentId],
      )
    ).rows[0];
    const done = await client.query('SELECT detail FROM timeline WHERE event_key = $1', [`${cmd.incidentId}/reassigned-${cmd.commandId}`]);
    if (done.rows[0]) return { step: done.rows[0].detail.step, fence: done.rows[0].detail.fence };
    if (!incident) return { refused: 'no such incident' };
    if (!incident.policy || !['triggered', 'acknowledged'].includes(incident.state)) return { refused: `the incident is ${incident.state}` };
    const chain = (
      await client.query<{ step: number; fence: number; state: string; required: boolean }>(
        'SELECT step, fence, state, required FROM incident_roles WHERE incident_id = $1 AND role = $2 FOR UPDATE',
        [cmd.incidentId, cmd.role],
      )
    ).rows[0];
    if (!chain?.required || !['pending', 'exhausted'].includes(chain.state)) {
      return { refused: chain ? `the ${cmd.role} role is ${chain.state === 'pending' ? 'informational' : chain.state}` : `the incident has no ${cmd.role} role` };
    }

    const policy = withStepInserted(incident.policy, cmd.role, chain.step, {
      waitMinutes: waitOfStep(incident.policy, cmd.role, chain.step),
      targets: [{ responders: [target.id] }],
    });
    await client.query('UPDATE incidents SET policy = $2, updated_at = now() WHERE id = $1', [cmd.incidentId, policy]);
    // Pending again (an exhausted chain is revived) under a new fence, so the old deadline job is stale.
    const moved = await client.query<{ fence: number }>(
      `UPDATE incident_roles SET state = 'pending', fence = fence + 1, deadline_at = NULL
        WHERE incident_id = $1 AND role = $2 RETURNING fence`,
      [cmd.incidentId, cmd.role],
    );
    const fence = moved.rows[0].fence;

    // The people paged so far are no longer paged for it: pages still in the outbox never go out,
    // and those who were paged are told (not the new responder, not those who already declined).
    const previous = (await this.alerts.withdrawPages(client, cmd.incidentId, [cmd.role], target.id)).map((p) => p.responderId);
    await this.alerts.notices(
      client,
      previous.flatMap((id) => {
        const r = this.directory.responder(id);
        return r
          ? [{ incidentId: cmd.incidentId, role: cmd.role, responder: r, key: `reassigned-${cmd.commandId}`,
               notice: notice('reassigned', r.languages, { district: incident.district, to: target.name }) }]
          : [];
      }),
    );
    await recordTimeline(client, cmd.incidentId, `reassigned-${cmd.commandId}`, 'reassigned', {
      role: cmd.role, responderId: target.id, responderName: target.name, from: previous,
      by: cmd.by, byName: cmd.byName, step: chain.step, fence,
    });
    this.logger.log(`${cmd.incidentId} ${cmd.role} reassigned to ${target.id} by ${cmd.by} (stood down: ${previous.join(', ') || 'nobody'})`);
    return { step: chain.step, fence, previousFence: fence - 1 };
  }

  /** Said in the incident's timeline, where the coordinator who asked looks. */
  private async refuse(cmd: ReassignCommand, reason: string): Promise<void> {
    this.logger.warn(`reassign ${cmd.commandId} of ${cmd.incidentId} refused: ${reason}`);
    await recordTimeline(this.db.pool, cmd.incidentId, `reassign-refused-${cmd.commandId}`, 'action-refused', {
      action: 'reassign', role: cmd.role, responderId: cmd.responderId, reason, by: cmd.by, byName: cmd.byName,
    }).catch(() => undefined); // an incident that does not exist has no timeline
  }
}
