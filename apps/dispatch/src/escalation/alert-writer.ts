import { Injectable } from '@nestjs/common';
import { deterministicId } from '@rescue/messaging';
import { Queryable } from '@rescue/persistence';
import { Responder } from '@rescue/domain';

export interface PageSpec {
  incidentId: string;
  role: string;
  step: number;
  responder: Responder;
}

/**
 * Writes alerts into the outbox (the `alerts` table) inside the caller's transaction. Ids derive from
 * their cause, so writing the same page twice is a no-op and the publish and delivery dedupe on them.
 */
@Injectable()
export class AlertWriter {
  /** A page on every channel the responder has: SMS (with a reply code) and LINE when linked. */
  async page(db: Queryable, spec: PageSpec): Promise<string[]> {
    const { incidentId, role, step, responder } = spec;
    const ids: string[] = [];
    const code = responder.channels.sms ? await this.replyCode(db, responder.channels.sms, incidentId, responder.id) : null;
    for (const [channel, to] of contacts(responder)) {
      const id = deterministicId(incidentId, role, step, responder.id, channel);
      await db.query(
        `INSERT INTO alerts (id, incident_id, role, step, responder_id, channel, to_address, kind, code, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'page', $8, 'paged') ON CONFLICT (id) DO NOTHING`,
        [id, incidentId, role, step, responder.id, channel, to, code],
      );
      ids.push(id);
    }
    return ids;
  }

  /** An informational message (stand down, resolved, exhausted alarm) on every channel the responder has. */
  async notice(db: Queryable, spec: { incidentId: string; role: string; responder: Responder; key: string; notice: string }) {
    for (const [channel, to] of contacts(spec.responder)) {
      await db.query(
        `INSERT INTO alerts (id, incident_id, role, step, responder_id, channel, to_address, kind, notice, state)
         VALUES ($1, $2, $3, 0, $4, $5, $6, 'notice', $7, 'sent') ON CONFLICT (id) DO NOTHING`,
        [deterministicId(spec.incidentId, spec.key, spec.responder.id, channel), spec.incidentId, spec.role,
          spec.responder.id, channel, to, spec.notice],
      );
    }
  }

  /** Per phone, the smallest code not held by another open incident; the same incident keeps its code. */
  private async replyCode(db: Queryable, phone: string, incidentId: string, responderId: string): Promise<number> {
    await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [phone]);
    const { rows } = await db.query(
      `INSERT INTO reply_codes (phone, code, incident_id, responder_id)
       SELECT $1, (SELECT min(c) FROM generate_series(1, 10000) c
                   WHERE c NOT IN (SELECT code FROM reply_codes WHERE phone = $1)), $2, $3
       ON CONFLICT (phone, incident_id) DO UPDATE SET responder_id = reply_codes.responder_id
       RETURNING code`,
      [phone, incidentId, responderId],
    );
    return rows[0].code;
  }
}

function contacts(r: Responder): ['sms' | 'line', string][] {
  const out: ['sms' | 'line', string][] = [];
  if (r.channels.sms) out.push(['sms', r.channels.sms]);
  if (r.channels.line) out.push(['line', r.channels.line]);
  return out;
}
