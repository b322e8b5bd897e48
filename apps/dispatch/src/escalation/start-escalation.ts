import { Inject, Injectable, Logger } from '@nestjs/common';
import { IncidentOpened } from '@rescue/contracts';
import { freezePolicy, selectPolicy } from '@rescue/domain';
import { Database } from '@rescue/persistence';
import { DirectoryService } from '../directory/directory.service';
import { AlertOutbox } from '../outbox/alert-outbox';
import { AdvanceChain } from './advance-chain';
import { OpenIncident } from './incident-reader';
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
    // One idempotent statement, no transaction: the policy frozen (a replay keeps the first one), the
    // chains of the frozen policy created, and the incident read back for the escalation.
    const incident = await this.db.one<OpenIncident>(
      `WITH frozen AS (
         UPDATE incidents SET policy = COALESCE(policy, $2), updated_at = now() WHERE id = $1
         RETURNING id, state, priority, district, summary, policy
       ), chains AS (
         INSERT INTO incident_roles (incident_id, role, required, state)
         SELECT f.id, c->>'role', COALESCE((c->>'required')::boolean, true), 'pending'
           FROM frozen f, jsonb_array_elements(f.policy->'chains') c
         ON CONFLICT DO NOTHING
       )
       SELECT * FROM frozen`,
      [event.incidentId, policy ? freezePolicy(policy) : null],
    );
    const chains = incident?.policy?.chains ?? [];
    if (!incident?.policy) {
      await recordTimeline(this.db.pool, event.incidentId, `no-policy-${event.incidentId}`, 'no-policy', { district: event.district, priority: event.priority });
    }
    if (!chains.length) {
      this.logger.warn(`${event.incidentId}: no escalation policy for ${event.district} ${event.priority}`);
      return;
    }
    const moved = await this.advance.executeMany(
      event.incidentId,
      chains.map((c) => ({ role: c.role, from: { step: 0, fence: 0 } })),
      'start',
      incident,
    );
    if (!moved.length) await this.outbox.flush(event.incidentId); // a replay after a crash between commit and publish
  }
}
