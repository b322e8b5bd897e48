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
  /** A later sending of the same page (re-notify): its own alert, so it is delivered again. */
  round?: string;
}

export interface NoticeSpec {
  incidentId: string;
  role: string;
  responder: Responder;
  key: string;
  notice: string;
}

type Delivery = { channel: 'sms' | 'line'; to: string; fallbackTo?: string };

export interface AlertRow {
  id: string;
  incidentId: string;
  role: string;
  step: number;
  responderId: string;
  delivery: Delivery;
  kind: 'page' | 'notice';
  code: number | null;
  notice: string | null;
  state: string;
}

/**
 * Writes alerts into the outbox (the `alerts` table) inside the caller's transaction, in one
 * statement. Ids derive from their cause, so writing the same page twice is a no-op and the publish
 * and the delivery dedupe on them.
 */
@Injectable()
export class AlertWriter {
  async pages(db: Queryable, specs: PageSpec[]): Promise<void> {
    await insert(db, pageRows(specs));
  }

  /** Informational messages (stand down, resolved, ...): LINE when linked, else SMS. */
  async notices(db: Queryable, specs: NoticeSpec[]): Promise<void> {
    await insert(
      db,
      specs.flatMap((s) =>
        preferredChannel(s.responder).map((delivery) => ({
          id: deterministicId(s.incidentId, s.key, s.responder.id, delivery.channel),
          incidentId: s.incidentId, role: s.role, step: 0, responderId: s.responder.id, delivery,
          kind: 'notice' as const, code: null, notice: s.notice, state: 'sent',
        })),
      ),
    );
  }

  notice(db: Queryable, spec: NoticeSpec): Promise<void> {
    return this.notices(db, [spec]);
  }

  /**
   * Takes back the pages of `roles` still waiting for an answer (but `except`'s): those not sent yet
   * never go out, those sent are stood down. Returns, once each, who had one sent (to be told).
   */
  async withdrawPages(db: Queryable, incidentId: string, roles: string[], except?: string): Promise<{ responderId: string; role: string }[]> {
    const { rows } = await db.query<{ responder_id: string; role: string; state: string }>(
      `UPDATE alerts SET state = CASE WHEN published_at IS NULL THEN 'cancelled' ELSE 'stood-down' END,
              published_at = COALESCE(published_at, now()), updated_at = now()
        WHERE incident_id = $1 AND role = ANY($2) AND kind = 'page' AND state = 'paged' AND responder_id IS DISTINCT FROM $3
        RETURNING responder_id, role, state`,
      [incidentId, roles, except ?? null],
    );
    const told = new Map(rows.filter((r) => r.state === 'stood-down').map((r) => [r.responder_id, r.role]));
    return [...told].map(([responderId, role]) => ({ responderId, role }));
  }
}

/** The alert rows of pages: one per channel the responder is paged on. */
export function pageRows(specs: PageSpec[]): AlertRow[] {
  return specs.flatMap((s) =>
    (s.everyChannel ? everyChannel(s.responder) : preferredChannel(s.responder)).map((delivery) => ({
      id: s.round
        ? deterministicId(s.incidentId, s.role, s.step, s.responder.id, delivery.channel, s.round)
        : deterministicId(s.incidentId, s.role, s.step, s.responder.id, delivery.channel),
      incidentId: s.incidentId, role: s.role, step: s.step, responderId: s.responder.id, delivery,
      kind: 'page' as const, code: s.code, notice: null, state: 'paged',
    })),
  );
}

/**
 * Alert rows as a set-returning SQL expression over 12 array parameters from `$first` on, with the
 * values for them (`alertColumns`): for statements that insert alerts among other things.
 */
export function alertsFrom(first: number): string {
  const types = ['text', 'text', 'text', 'int', 'text', 'text', 'text', 'text', 'text', 'int', 'text', 'text'];
  return `unnest(${types.map((t, i) => `$${first + i}::${t}[]`).join(', ')})
          AS p(id, incident_id, role, step, responder_id, channel, to_address, fallback_to, kind, code, notice, state)`;
}

export function alertColumns(rows: AlertRow[]): unknown[] {
  const column = <T>(f: (r: AlertRow) => T) => rows.map(f);
  return [
    column((r) => r.id), column((r) => r.incidentId), column((r) => r.role), column((r) => r.step),
    column((r) => r.responderId), column((r) => r.delivery.channel), column((r) => r.delivery.to),
    column((r) => r.delivery.fallbackTo ?? null), column((r) => r.kind), column((r) => r.code),
    column((r) => r.notice), column((r) => r.state),
  ];
}

export const ALERT_COLUMNS = 'id, incident_id, role, step, responder_id, channel, to_address, fallback_to, kind, code, notice, state';

async function insert(db: Queryable, rows: AlertRow[]): Promise<void> {
  if (!rows.length) return;
  await db.query(`INSERT INTO alerts (${ALERT_COLUMNS}) SELECT * FROM ${alertsFrom(1)} ON CONFLICT (id) DO NOTHING`, alertColumns(rows));
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
