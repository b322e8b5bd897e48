import { Inject, Injectable, Logger } from '@nestjs/common';
import { IncidentOpened } from '@rescue/contracts';
import { freezePolicy, FrozenPolicy, selectPolicy } from '@rescue/domain';
import { Database } from '@rescue/persistence';
import { DirectoryService } from '../directory/directory.service';
import { AlertOutbox } from '../outbox/alert-outbox';
import { AdvanceChain } from './advance-chain';
import { recordTimeline } from './timeline';

/**
 * A new incident: freeze the matching policy into it (later policy edits never reroute it), create
 * one chain per role and start each. Replays find the policy frozen and the chains started.
 */
@Injectable()
export class StartEscalation {
  private readonly logger = new Logger(StartEscalation.name);

  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: DirectoryService,
    private readonly advance: AdvanceChain,
    private readonly outbox: AlertOutbox,
  ) {}

  async execute(event: IncidentOpened): Promise<void> {
    if (event.priority === 'P4') return; // review queue, no dispatch
    const policy = selectPolicy(this.directory.directory, event.district, event.priority);
    // Two idempotent statements, no transaction: a replay finds the policy frozen and the chains there.
    const frozen = (
      await this.db.one(`UPDATE incidents SET policy = COALESCE(policy, $2), updated_at = now() WHERE id = $1 RETURNING policy`, [
        event.incidentId,
        policy ? freezePolicy(policy) : null,
      ])
    )?.policy as FrozenPolicy | null | undefined;
    const chains = frozen?.chains ?? [];
    if (!frozen) {
      await recordTimeline(this.db.pool, event.incidentId, `no-policy-${event.incidentId}`, 'no-policy', { district: event.district, priority: event.priority });
    } else {
      await this.db.query(
        `INSERT INTO incident_roles (incident_id, role, required, state)
         SELECT $1, role, required, 'pending' FROM unnest($2::text[], $3::boolean[]) AS c(role, required)
         ON CONFLICT DO NOTHING`,
        [event.incidentId, chains.map((c) => c.role), chains.map((c) => c.required)],
      );
    }
    if (!chains.length) {
      this.logger.warn(`${event.incidentId}: no escalation policy for ${event.district} ${event.priority}`);
      return;
    }
    const moved = await this.advance.executeMany(
      event.incidentId,
      chains.map((c) => ({ role: c.role, from: { step: 0, fence: 0 } })),
      'start',
    );
    if (!moved.length) await this.outbox.flush(event.incidentId); // a replay after a crash between commit and publish
  }
}
