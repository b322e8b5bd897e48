import { Inject, Injectable } from '@nestjs/common';
import { AcknowledgeCommand } from '@rescue/contracts';
import { Database } from '@rescue/persistence';
import { AlertOutbox } from '../outbox/alert-outbox';
import { AcceptAlert } from '../replies/accept-alert';

/** A coordinator accepts for a role (for a responder who called in, or for themselves). */
@Injectable()
export class AcknowledgeOnBehalf {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly accept: AcceptAlert,
    private readonly outbox: AlertOutbox,
  ) {}

  async execute(cmd: AcknowledgeCommand): Promise<void> {
    const roles = await this.db.query<{ role: string; step: number }>(
      `SELECT role, step FROM incident_roles WHERE incident_id = $1 AND state IN ('pending', 'exhausted') AND required
         AND ($2::text IS NULL OR role = $2)`,
      [cmd.incidentId, cmd.role ?? null],
    );
    const by = cmd.responderId ?? `user-${cmd.by}`;
    // A redelivered command whose first attempt accepted but could not publish (NATS away) finds no
    // open role: it still sends the stand-down notices that attempt wrote.
    if (!roles.length) await this.outbox.flush(cmd.incidentId);
    for (const r of roles) {
      await this.accept.execute(
        { id: `board-${cmd.commandId}`, incident_id: cmd.incidentId, role: r.role, step: r.step, responder_id: by },
        cmd.commandId,
        by,
      );
    }
  }
}
