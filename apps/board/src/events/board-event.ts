import { StreamMessage } from './stream-message';

/**
 * What a browser is told about a fact: which incident changed and just enough to raise an alarm
 * (a new P1, an exhausted chain). Never the summary, names or contacts: the page re-fetches the
 * incident through the API, which applies the user's permissions.
 */
export interface BoardEvent {
  subject: string;
  incidentId?: string;
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
