import { Inject, Injectable, Logger } from '@nestjs/common';
import { PoolClient } from 'pg';
import { MergeCommand, Subjects } from '@rescue/contracts';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import { DirectoryService } from '../directory/directory.service';
import { AlertWriter } from '../escalation/alert-writer';
import { recordTimeline } from '../escalation/timeline';
import { AlertOutbox } from '../outbox/alert-outbox';
import { notice } from '../replies/notices';

interface IncidentRow {
  id: string;
  state: string;
  district: string;
  case_ref: string;
  merged_into: string | null;
}

type Merged = { chains: { role: string; step: number; fence: number }[] } | { already: true } | { refused: string };

/**
 * A duplicate is merged into the incident that carries on: the duplicate closes with the outcome
 * `duplicate` and a pointer to the survivor (whose page then shows its tips), its chains stop (the
 * fence rotates, so a deadline in flight does nothing, and pages still in the outbox are cancelled
 * by it), and whoever was paged only for the duplicate is told it was merged. Both timelines say so.
 */
@Injectable()
export class MergeIncident {
  private readonly logger = new Logger(MergeIncident.name);

  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: DirectoryService,
    private readonly alerts: AlertWriter,
    private readonly outbox: AlertOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly publisher: JetStreamPublisher,
  ) {}

  async execute(cmd: MergeCommand): Promise<void> {
    const merged = await this.db.tx((client) => this.merge(client, cmd));
    if ('refused' in merged) {
      this.logger.warn(`merge ${cmd.commandId} of ${cmd.incidentId} into ${cmd.into} refused: ${merged.refused}`);
      await recordTimeline(this.db.pool, cmd.incidentId, `merge-refused-${cmd.commandId}`, 'action-refused', {
        action: 'merge', into: cmd.into, reason: merged.refused, by: cmd.by, byName: cmd.byName,
      }).catch(() => undefined);
      return;
    }
    if ('chains' in merged) {
      for (const c of merged.chains) await this.deadlines.cancel({ incidentId: cmd.incidentId, role: c.role, step: c.step, fence: c.fence - 1 });
    }
    // A redelivered command after a failed publish (NATS away) lands here too and finishes the job.
    await this.outbox.flush(cmd.incidentId);
    const at = new Date().toISOString();
    await this.publisher.publish(
      Subjects.incidentResolved,
      { incidentId: cmd.incidentId, outcome: 'duplicate', by: cmd.by, at },
      `resolved-${cmd.incidentId}`,
    );
    await this.publisher.publish(Subjects.incidentMerged, { incidentId: cmd.into, mergedId: cmd.incidentId, by: cmd.by, at }, `merged-${cmd.incidentId}`);
  }

  private async merge(client: PoolClient, cmd: MergeCommand): Promise<Merged> {
    if (cmd.incidentId === cmd.into) return { refused: 'an incident cannot be merged into itself' };
    // Both incidents, in id order: two merges crossing each other (A into B, B into A) take turns.
    const { rows } = await client.query<IncidentRow>(
      'SELECT id, state, district, case_ref, merged_into FROM incidents WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE',
      [[cmd.incidentId, cmd.into]],
    );
    const duplicate = rows.find((r) => r.id === cmd.incidentId);
    const survivor = rows.find((r) => r.id === cmd.into);
    if (!duplicate || !survivor) return { refused: `no incident ${!duplicate ? cmd.incidentId : cmd.into}` };
    if (duplicate.state === 'resolved') {
      return duplicate.merged_into === cmd.into ? { already: true } : { refused: 'the duplicate is already closed' };
    }
    if (survivor.state === 'resolved') return { refused: `${survivor.case_ref} is closed` };

    await client.query(
      `UPDATE incidents SET state = 'resolved', outcome = 'duplicate', merged_into = $2, resolved_at = now(), updated_at = now()
        WHERE id = $1`,
      [cmd.incidentId, cmd.into],
    );
    const chains = await client.query<{ role: string; step: number; fence: number }>(
      `UPDATE incident_roles SET fence = fence + 1, deadline_at = NULL WHERE incident_id = $1 AND state = 'pending'
        RETURNING role, step, fence`,
      [cmd.incidentId],
    );
    // Told: everyone a page of the duplicate reached who has no page of the survivor (they would
    // hear "stand down" for a case they are still on). Their open pages are stood down.
    const onlyHere = await client.query<{ responder_id: string; role: string }>(
      `SELECT DISTINCT ON (a.responder_id) a.responder_id, a.role FROM alerts a
        WHERE a.incident_id = $1 AND a.kind = 'page' AND a.published_at IS NOT NULL AND a.state <> 'cancelled'
          AND NOT EXISTS (SELECT 1 FROM alerts s WHERE s.incident_id = $2 AND s.responder_id = a.responder_id AND s.kind = 'page')`,
      [cmd.incidentId, cmd.into],
    );
    await client.query(
      `UPDATE alerts SET state = 'stood-down', updated_at = now() WHERE incident_id = $1 AND kind = 'page' AND state = 'paged' AND published_at IS NOT NULL`,
      [cmd.incidentId],
    );
    await this.alerts.notices(
      client,
      onlyHere.rows.flatMap(({ responder_id, role }) => {
        const r = this.directory.responder(responder_id);
        return r
          ? [{ incidentId: cmd.incidentId, role, responder: r, key: 'merged',
               notice: notice('merged', r.languages, { district: duplicate.district, caseRef: survivor.case_ref }) }]
          : [];
      }),
    );
    await client.query('DELETE FROM reply_codes WHERE incident_id = $1', [cmd.incidentId]);
    const tips = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM tips WHERE incident_id = $1', [cmd.incidentId]);
    await recordTimeline(client, cmd.incidentId, `merged-into-${cmd.into}`, 'merged-into', {
      into: cmd.into, intoCaseRef: survivor.case_ref, told: onlyHere.rows.map((r) => r.responder_id), by: cmd.by, byName: cmd.byName,
    });
    await recordTimeline(client, cmd.into, `merged-from-${cmd.incidentId}`, 'merged-from', {
      from: cmd.incidentId, fromCaseRef: duplicate.case_ref, tips: tips.rows[0].n, by: cmd.by, byName: cmd.byName,
    });
    await client.query('UPDATE incidents SET updated_at = now() WHERE id = $1', [cmd.into]);
    this.logger.log(`${cmd.incidentId} merged into ${cmd.into} by ${cmd.by}; told ${onlyHere.rows.length} responders`);
    return { chains: chains.rows };
  }
}
