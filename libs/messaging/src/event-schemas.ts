import { z } from 'zod';
import { EventSchemas } from '@rescue/contracts';

/** A subject that has a schema in the contracts, i.e. one that may be published and consumed. */
export type EventSubject = keyof typeof EventSchemas;

/** What a producer passes for `subject` (defaults not yet applied). */
export type EventInput<S extends EventSubject> = z.input<(typeof EventSchemas)[S]>;

/** What a consumer receives for `subject`, validated and with defaults applied. */
export type EventPayload<S extends EventSubject> = z.output<(typeof EventSchemas)[S]>;

export function schemaFor(subject: string): z.ZodType | undefined {
  return Object.hasOwn(EventSchemas, subject) ? EventSchemas[subject as EventSubject] : undefined;
}

export type Decoded = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses and validates a received message body; anything that fails is poison, never retried. */
export function decodeEvent(subject: string, data: Uint8Array): Decoded {
  const schema = schemaFor(subject);
  if (!schema) return { ok: false, reason: `no schema for subject ${subject}` };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(data).toString('utf8'));
  } catch (err) {
    return { ok: false, reason: `invalid JSON: ${(err as Error).message}` };
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { ok: false, reason: `schema ${subject}: ${issues}` };
  }
  return { ok: true, value: result.data };
}
