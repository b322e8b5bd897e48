import { Injectable } from '@nestjs/common';
import { deterministicId } from '@rescue/messaging';
import { Queryable } from '@rescue/persistence';
import { Responder } from '@rescue/domain';

export interface PageSpec {
  incidentId: string;
  role: string;
  step: number;
  responder: Responder;
  /** Required roles are paged on every channel at once (redundancy for minutes that count). */
  everyChannel: boolean;
  /** The responder's SMS reply code for this incident (ReplyCodes), when they have a phone. */
  code: number | null;
}

type Delivery = { channel: 'sms' | 'line'; to: string; fallbackTo?: string };

/**
 * Writes alerts into the outbox (the `alerts` table) inside the caller's transaction. Ids derive from
 * their cause, so writing the same page twice is a no-op and the publish and delivery dedupe on them.
 */
@Injectable()
export class AlertWriter {
  async page(db: Queryable, spec: PageSpec): Promise<void> {
    const { incidentId, role, step, responder, code } = spec;
    for (const d of spec.everyChannel ? everyChannel(responder) : preferredChannel(responder)) {
      await db.query(
        `INSERT INTO alerts (id, incident_id, role, step, responder_id, channel, to_address, fallback_to, kind, code, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'page', $9, 'paged') ON CONFLICT (id) DO NOTHING`,
        [deterministicId(incidentId, role, step, responder.id, d.channel), incidentId, role, step, responder.id, d.channel, d.to, d.fallbackTo ?? null, code],
      );
    }
  }

  /** An informational message (stand down, resolved, ...): LINE when linked (free-ish), else SMS. */
  async notice(db: Queryable, spec: { incidentId: string; role: string; responder: Responder; key: string; notice: string }) {
    for (const d of preferredChannel(spec.responder)) {
      await db.query(
        `INSERT INTO alerts (id, incident_id, role, step, responder_id, channel, to_address, fallback_to, kind, notice, state)
         VALUES ($1, $2, $3, 0, $4, $5, $6, $7, 'notice', $8, 'sent') ON CONFLICT (id) DO NOTHING`,
        [deterministicId(spec.incidentId, spec.key, spec.responder.id, d.channel), spec.incidentId, spec.role,
          spec.responder.id, d.channel, d.to, d.fallbackTo ?? null, spec.notice],
      );
    }
  }
}

function everyChannel(r: Responder): Delivery[] {
  const out: Delivery[] = [];
  if (r.channels.sms) out.push({ channel: 'sms', to: r.channels.sms });
  if (r.channels.line) out.push({ channel: 'line', to: r.channels.line });
  return out;
}

function preferredChannel(r: Responder): Delivery[] {
  if (r.channels.line) return [{ channel: 'line', to: r.channels.line, fallbackTo: r.channels.sms }];
  return r.channels.sms ? [{ channel: 'sms', to: r.channels.sms }] : [];
}
