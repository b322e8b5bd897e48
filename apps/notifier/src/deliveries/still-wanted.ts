import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AlertRaised } from '@rescue/contracts';
import { Database } from '@rescue/persistence';

/**
 * A page waiting in the queue is dropped if its role was accepted (or the incident closed) before
 * the provider call: nobody is paged for a step after someone of that role accepted. The checks of
 * the pages being sent within a millisecond are asked in one query (DataLoader): the workers start
 * an incident's jobs one Redis round trip apart, so one event-loop turn would batch nothing.
 */
@Injectable()
export class StillWanted {
  private readonly open = new DataLoader<string, boolean>((keys) => this.openRoles(keys), {
    cache: false,
    maxBatchSize: 200,
    batchScheduleFn: (run) => setTimeout(run, 1),
  });

  constructor(@Inject(Database) private readonly db: Database) {}

  async check(alert: AlertRaised): Promise<boolean> {
    if (alert.kind !== 'page') return true;
    return this.open.load(JSON.stringify([alert.incidentId, alert.role]));
  }

  private async openRoles(keys: readonly string[]): Promise<boolean[]> {
    const pairs = keys.map((k) => JSON.parse(k) as [string, string]);
    // Two primary-key probes per page: a join let the planner scan every open incident instead, which
    // grew with the board (a backlog of open incidents made each check slower).
    const rows = await this.db.query<{ incident_id: string; role: string }>(
      `SELECT u.incident_id, u.role FROM unnest($1::text[], $2::text[]) AS u(incident_id, role)
        WHERE (SELECT r.state FROM incident_roles r WHERE r.incident_id = u.incident_id AND r.role = u.role) IN ('pending', 'informed', 'exhausted')
          AND (SELECT i.state FROM incidents i WHERE i.id = u.incident_id) IN ('triggered', 'acknowledged')`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    const open = new Set(rows.map((r) => JSON.stringify([r.incident_id, r.role])));
    return keys.map((k) => open.has(k));
  }
}
