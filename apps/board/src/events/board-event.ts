import { deadLetterSubject } from '@rescue/messaging';
import { Subjects } from '@rescue/contracts';
import { StreamMessage } from './stream-message';

/**
 * What a browser is told about a fact: which incident changed and just enough to raise an alarm
 * (a new P1, an exhausted chain). Never the summary, names or contacts: the page re-fetches the
 * incident through the API, which applies the user's permissions.
 */
export interface BoardEvent {
  subject: string;
  incidentId?: string;
  /** A dead-lettered tip (`dlq.tips.received`): its id, to open it in the list of tips that failed. */
  tipId?: string;
  priority?: string;
  district?: string;
  role?: string;
  step?: number;
  exhausted?: boolean;
  action?: string;
  status?: string;
  at: string;
}

export function boardEventOf(message: StreamMessage, incidentId?: string): BoardEvent {
  const p = (message.payload ?? {}) as Record<string, unknown>;
  const pick = <T>(key: string, type: string): T | undefined => (typeof p[key] === type ? (p[key] as T) : undefined);
  return {
    subject: message.subject,
    incidentId: incidentId ?? pick<string>('incidentId', 'string'),
    tipId: message.subject.startsWith(deadLetterSubject('tips.')) ? pick<string>('tipId', 'string') : undefined,
    priority: pick<string>('priority', 'string') ?? pick<{ priority?: string }>('message', 'object')?.priority,
    district: pick<string>('district', 'string') ?? pick<{ district?: string }>('message', 'object')?.district,
    role: pick<string>('role', 'string'),
    step: pick<number>('step', 'number'),
    exhausted: pick<boolean>('exhausted', 'boolean'),
    action: pick<string>('action', 'string'),
    status: pick<string>('status', 'string'),
    at: message.at.toISOString(),
  };
}

/**
 * The facts a stream message holds, one per incident change: a batch of delivery statuses is told
 * to browsers as the single statuses it carries (`alerts.delivery`), each with its own incident.
 */
export function factsOf(message: StreamMessage): StreamMessage[] {
  const deliveries = (message.payload as { deliveries?: unknown } | undefined)?.deliveries;
  if (message.subject !== Subjects.alertDeliveries || !Array.isArray(deliveries)) return [message];
  return deliveries.map((payload) => ({ ...message, subject: Subjects.alertDelivery, payload }));
}
