import { v5 as uuidv5 } from 'uuid';

/** Fixed for ever: changing it would give every delivery a new key and let a retry page twice. */
export const LINE_RETRY_KEY_NAMESPACE = 'badaf92f-a9c0-4e0e-a5e1-03c5fcaadefc';

/**
 * LINE's X-Line-Retry-Key must be a UUID; a UUIDv5 of the delivery id makes it deterministic, so a
 * retried push of the same delivery, from any worker, is recognised by LINE and shown once.
 */
export function lineRetryKey(deliveryId: string): string {
  return uuidv5(deliveryId, LINE_RETRY_KEY_NAMESPACE);
}
