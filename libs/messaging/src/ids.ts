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
