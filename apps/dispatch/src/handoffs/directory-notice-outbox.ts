import { Inject, Injectable } from '@nestjs/common';
import { PoolClient } from 'pg';
import { AlertRaised, Subjects } from '@rescue/contracts';
import { Responder } from '@rescue/domain';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';

export interface DirectoryNotice {
  /** Deterministic, from the notice's cause (one shift, one gap and coordinator): written once. */
  id: string;
  kind: 'handoff' | 'gap';
  responder: Responder;
  role: string;
  district: string;
  text: string;
}

interface NoticeRow {
  id: string;
  responder_id: string;
  role: string;
  district: string;
  channel: 'sms' | 'line';
  to_address: string;
  fallback_to: string | null;
  language: string;
  text: string;
  created_at: Date;
}

/**
 * Notices that belong to no incident (hand-offs, coverage gaps) go out the way incident notices do,
 * as `alerts.raised` of kind notice (LINE when linked, with SMS as the fallback, else SMS), through an
 * outbox of their own: a row per notice, written once whichever replica gets there first, published
 * after commit and marked. The alert id is the row id, so the JetStream message id, the notifier's
 * job id and the LINE retry key all dedupe a second publish.
 */
@Injectable()
export class DirectoryNoticeOutbox {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
  ) {}

  /** Writes the notices (inside the caller's transaction); a notice already written is left alone. */
  async write(client: PoolClient, notices: DirectoryNotice[]): Promise<number> {
    const rows = notices.flatMap((n) => {
      const { sms, line } = n.responder.channels;
      const delivery = line ? { channel: 'line', to: line, fallbackTo: sms ?? null } : sms ? { channel: 'sms', to: sms, fallbackTo: null } : undefined;
      return delivery ? [{ ...n, ...delivery }] : [];
    });
    if (!rows.length) return 0;
    const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
    const { rowCount } = await client.query(
      `INSERT INTO directory_notices (id, kind, responder_id, role, district, channel, to_address, fallback_to, language, text)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
       ON CONFLICT (id) DO NOTHING`,
      [
        col((r) => r.id), col((r) => r.kind), col((r) => r.responder.id), col((r) => r.role), col((r) => r.district),
        col((r) => r.channel), col((r) => r.to), col((r) => r.fallbackTo), col((r) => r.responder.languages[0] ?? 'th'), col((r) => r.text),
      ],
    );
    return rowCount ?? 0;
  }

  /** Publishes every notice not yet published (also those a crashed replica left behind). */
  async flush(): Promise<number> {
    return this.db.tx(async (client) => {
      const { rows } = await client.query<NoticeRow>(
        `SELECT * FROM directory_notices WHERE published_at IS NULL ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED`,
      );
      await Promise.all(rows.map((row) => this.publisher.publish(Subjects.alertRaised, toEvent(row), row.id)));
      if (rows.length) await client.query('UPDATE directory_notices SET published_at = now() WHERE id = ANY($1)', [rows.map((r) => r.id)]);
      return rows.length;
    });
  }
}

function toEvent(row: NoticeRow): AlertRaised {
  return {
    alertId: row.id,
    incidentId: '', // no incident: nothing to attach the delivery status to
    responderId: row.responder_id,
    role: row.role,
    step: 0,
    channel: row.channel,
    to: row.to_address,
    fallbackTo: row.fallback_to ?? undefined,
    language: row.language,
    kind: 'notice',
    // The notifier renders a notice from its text alone; priority and summary are not shown.
    message: { priority: 'P4', district: row.district, summary: '', notice: row.text },
    raisedAt: new Date(row.created_at).toISOString(),
  };
}
