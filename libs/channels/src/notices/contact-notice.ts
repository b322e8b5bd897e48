import { AlertRaised } from '@rescue/contracts';

export interface ContactNotice {
  /** Deterministic from the cause, so a second publish is deduped by JetStream and the notifier. */
  id: string;
  responderId: string;
  role: string;
  /** Where the notice goes: LINE when given (SMS as its fallback), else SMS. */
  line?: string | null;
  sms?: string | null;
  language: string;
  text: string;
}

/**
 * A notice about a responder's own account (a link code, a relink) as the notifier delivers every
 * notice: `alerts.raised` of kind notice, with no incident. Undefined when there is nowhere to send it.
 */
export function contactNotice(n: ContactNotice, at = new Date()): AlertRaised | undefined {
  const delivery = n.line ? { channel: 'line' as const, to: n.line, fallbackTo: n.sms ?? undefined } : n.sms ? { channel: 'sms' as const, to: n.sms } : undefined;
  if (!delivery) return undefined;
  return {
    alertId: n.id,
    incidentId: '',
    responderId: n.responderId,
    role: n.role,
    step: 0,
    ...delivery,
    language: n.language,
    kind: 'notice',
    message: { priority: 'P4', district: '*', summary: '', notice: n.text },
    raisedAt: at.toISOString(),
  };
}
