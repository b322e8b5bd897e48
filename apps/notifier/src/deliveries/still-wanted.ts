import { Inject, Injectable } from '@nestjs/common';
import { AlertRaised } from '@rescue/contracts';
import { Database } from '@rescue/persistence';

/**
 * A page waiting in the queue is dropped if its role was accepted (or the incident closed) before
 * the provider call: nobody is paged for a step after someone of that role accepted.
 */
@Injectable()
export class StillWanted {
  constructor(@Inject(Database) private readonly db: Database) {}

  async check(alert: AlertRaised): Promise<boolean> {
    if (alert.kind !== 'page') return true;
    const row = await this.db.one(
      `SELECT 1 FROM incident_roles r JOIN incidents i ON i.id = r.incident_id
        WHERE r.incident_id = $1 AND r.role = $2
          AND r.state IN ('pending', 'informed', 'exhausted') AND i.state IN ('triggered', 'acknowledged')`,
      [alert.incidentId, alert.role],
    );
    return Boolean(row);
  }
}
