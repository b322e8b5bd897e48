export interface BackoffOptions {
  /** Delay before the second delivery. */
  initialMs: number;
  /** Upper bound of any delay. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 30_000 };

/**
 * Delay before redelivering a message that failed on its `deliveryCount`-th delivery (1-based):
 * initial x 2^(n-1), capped, so a flapping dependency is not hammered.
 */
export function redeliveryDelay(deliveryCount: number, { initialMs, maxMs }: BackoffOptions = DEFAULT_BACKOFF): number {
  const exponent = Math.max(0, deliveryCount - 1);
  return Math.min(maxMs, initialMs * 2 ** Math.min(exponent, 30));
}
