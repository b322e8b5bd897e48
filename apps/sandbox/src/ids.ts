import { randomBytes, randomUUID } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Twilio resource sids: a two-letter type and 32 hex digits (`SM...` for messages). */
export function twilioSid(prefix: 'SM' | 'MM'): string {
  return prefix + randomBytes(16).toString('hex');
}

let lastLineId = 0n;

/** LINE message ids are increasing decimal strings. */
export function lineMessageId(): string {
  const next = BigInt(Date.now()) * 1000n;
  lastLineId = next > lastLineId ? next : lastLineId + 1n;
  return lastLineId.toString();
}

/** A ULID (time-ordered, Crockford base32), the form of LINE's webhookEventId. */
export function ulid(now = Date.now()): string {
  let time = '';
  for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
  const random = Array.from(randomBytes(16), (b) => CROCKFORD[b % 32]).join('');
  return time + random;
}

export function replyToken(): string {
  return randomBytes(16).toString('hex');
}

export function requestId(): string {
  return randomUUID();
}
