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
  priority: Priority;
  district: string;
  summary: string;
  languages: string[] | null;
  drill: boolean;
  /** Still wanted when the locks were taken; the rest were cancelled instead of published. */
  wanted: boolean;
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
      // Locks, decides and marks in one statement; a failed publish rolls the marks back.
      const { rows } = await client.query<OutboxRow>(
        `WITH pages AS (
           SELECT a.id, i.priority, i.district, i.summary, i.drill, resp.languages,
                  -- A page of an earlier step still goes out (its responder can still accept); only an
                  -- accept (or the incident closing) stops it.
                  i.state IN ('triggered', 'acknowledged') AND r.state IN ('pending', 'informed', 'exhausted') AS wanted
             FROM alerts a
             JOIN incidents i ON i.id = a.incident_id
             JOIN incident_roles r ON r.incident_id = a.incident_id AND r.role = a.role
             JOIN responders resp ON resp.id = a.responder_id
            WHERE a.incident_id = $1 AND a.published_at IS NULL AND a.kind = 'page'
            -- Locked in this order, like AcceptAlert and ResolveIncident lock them (else they deadlock).
            ORDER BY a.created_at
            FOR SHARE OF i, r
            FOR UPDATE OF a SKIP LOCKED
         ), notices AS (
           -- Notices always go, and need no chain: a referral tells an organisation that was never paged.
           SELECT a.id, i.priority, i.district, i.summary, i.drill, resp.languages, true AS wanted
             FROM alerts a
             JOIN incidents i ON i.id = a.incident_id
             JOIN responders resp ON resp.id = a.responder_id
            WHERE a.incident_id = $1 AND a.published_at IS NULL AND a.kind = 'notice'
            ORDER BY a.created_at
            FOR SHARE OF i
            FOR UPDATE OF a SKIP LOCKED
         ), waiting AS (
           SELECT * FROM pages UNION ALL SELECT * FROM notices
         )
         UPDATE alerts a SET published_at = now(), state = CASE WHEN w.wanted THEN a.state ELSE 'cancelled' END
           FROM waiting w
          WHERE a.id = w.id
         RETURNING a.*, w.priority, w.district, w.summary, w.drill, w.languages, w.wanted`,
        [incidentId],
      );
      const wanted = rows.filter((r) => r.wanted).sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime());
      await Promise.all(wanted.map((row) => this.publisher.publish(Subjects.alertRaised, toEvent(row), row.id)));
      return wanted.length;
    });
  }
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
      ...(row.drill ? { drill: true } : {}),
    },
    raisedAt: new Date(row.created_at).toISOString(),
  };
}
