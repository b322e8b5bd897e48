import { z } from 'zod';

/** `POST /__sandbox/faults`: how one provider misbehaves until the plan is cleared or replaced. */
export const FaultPlan = z
  .object({
    channel: z.enum(['sms', 'line']),
    /** The share of requests that fail with `status` (500 when unset). */
    errorRate: z.number().min(0).max(1).optional(),
    /** The HTTP status failures answer with. Alone (no errorRate, no failNext) every request fails. */
    status: z.union([z.literal(429), z.literal(500), z.literal(503), z.literal(400)]).optional(),
    /** Delay before every answer. */
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    /** The next n requests fail with `status`. */
    failNext: z.number().int().min(0).optional(),
    /** Recipients (phone numbers, LINE user ids) that refuse messages: unsubscribed or blocked. */
    blockedUsers: z.array(z.string().min(1)).optional(),
    /** SMS only: accepted messages end with this delivery status instead of `delivered`. */
    deliveryStatus: z.enum(['failed', 'undelivered']).optional(),
  })
  .strict();
export type FaultPlan = z.infer<typeof FaultPlan>;

export type FaultOutcome = { kind: 'pass' } | { kind: 'error'; status: number } | { kind: 'blocked' };
