import { Inject, Injectable } from '@nestjs/common';
import { AlertRaised, Priority, Subjects } from '@rescue/contracts';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';

interface OutboxRow {
  id: string;
  incident_id: string;
  role: string;
  step: number;
  responder_id: string;
  channel: 'sms' | 'line';
  to_address: string;
  fallback_to: string | null;
  kind: 'page' | 'notice';
  code: number | null;
  notice: string | null;
  created_at: Date;
  role_state: string;
  incident_state: string;
  priority: Priority;
  district: string;
  summary: string;
  languages: string[] | null;
}

/**
 * Publishes alerts written by a committed transaction. A page is published only while its role
 * chain still waits for an accept and its incident is open: the incident and role rows are
 * share-locked for the check and the publish, so an ack or a resolve either commits first (and the
 * page is cancelled) or after the page went out, never between. Locks are taken incident, role, then
 * alerts, the order AcceptAlert and ResolveIncident take them in, so the two never deadlock.
 */
@Injectable()
export class AlertOutbox {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
  ) {}

  /** `known`: the caller just wrote alerts, so skip the cheap look before the locking transaction. */
  async flush(incidentId: string, opts: { known?: boolean } = {}): Promise<number> {
    if (!opts.known) {
      const waiting = await this.db.one('SELECT 1 FROM alerts WHERE incident_id = $1 AND published_at IS NULL LIMIT 1', [incidentId]);
      if (!waiting) return 0;
    }
    return this.db.tx(async (client) => {
      const { rows } = await client.query<OutboxRow>(
        `SELECT a.*, r.state AS role_state, i.state AS incident_state,
                i.priority, i.district, i.summary, resp.languages
           FROM alerts a
           JOIN incidents i ON i.id = a.incident_id
           JOIN incident_roles r ON r.incident_id = a.incident_id AND r.role = a.role
           JOIN responders resp ON resp.id = a.responder_id
          WHERE a.incident_id = $1 AND a.published_at IS NULL
          ORDER BY a.created_at
          FOR SHARE OF i, r
          FOR UPDATE OF a SKIP LOCKED`,
        [incidentId],
      );
      const wanted = rows.filter(isStillWanted);
      const cancelled = rows.filter((r) => !isStillWanted(r)).map((r) => r.id);
      await Promise.all(wanted.map((row) => this.publisher.publish(Subjects.alertRaised, toEvent(row), row.id)));
      if (wanted.length) {
        await client.query('UPDATE alerts SET published_at = now() WHERE id = ANY($1)', [wanted.map((r) => r.id)]);
      }
      if (cancelled.length) {
        await client.query(`UPDATE alerts SET published_at = now(), state = 'cancelled' WHERE id = ANY($1)`, [cancelled]);
      }
      return wanted.length;
    });
  }
}

function isStillWanted(row: OutboxRow): boolean {
  if (row.kind === 'notice') return true;
  const open = row.incident_state === 'triggered' || row.incident_state === 'acknowledged';
  // A page of an earlier step still goes out (its responder can still accept); only an accept stops it.
  return open && ['pending', 'informed', 'exhausted'].includes(row.role_state);
}

function toEvent(row: OutboxRow): AlertRaised {
  return {
    alertId: row.id,
    incidentId: row.incident_id,
    responderId: row.responder_id,
    role: row.role,
    step: row.step,
    channel: row.channel,
    to: row.to_address,
    fallbackTo: row.fallback_to ?? undefined,
    language: row.languages?.[0] ?? 'th',
    kind: row.kind,
    message: {
      priority: row.priority,
      district: row.district,
      summary: row.summary,
      code: row.code ?? undefined,
      notice: row.notice ?? undefined,
    },
    raisedAt: new Date(row.created_at).toISOString(),
  };
}
