import { createHash } from 'node:crypto';

/**
 * Characters that BullMQ job ids (`:`) or NATS names and subjects (`.`, `*`, `>`, whitespace) treat
 * as syntax. They are replaced so that one id can be the Nats-Msg-Id, the BullMQ jobId and the
 * provider idempotency key alike.
 */
const DISLIKED = /[:.*>\s]/g;

/**
 * An id derived from its cause: the same parts always give the same id, so a retry of the same work
 * is recognised as a duplicate (JetStream duplicate window, BullMQ jobId, provider retry key).
 */
export function deterministicId(...parts: (string | number)[]): string {
  if (parts.length === 0) throw new Error('deterministicId needs at least one part');
  return parts.map(String).join('-').replace(DISLIKED, '_');
}

/**
 * A deterministic id for a batch of facts: the same facts, in any order, give the same id (a batch
 * that is published again is a duplicate within the JetStream window).
 */
export function digestId(prefix: string, parts: string[]): string {
  const digest = createHash('sha1').update([...parts].sort().join('\n')).digest('hex');
  return deterministicId(prefix, digest);
}
