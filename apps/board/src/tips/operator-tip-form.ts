import { z } from 'zod';
import { DISTRICT_SLUGS } from '../districts/district-slugs';

/** What the console's tip form sends: the intake tip plus what an operator asks on the phone. */
export const OperatorTipForm = z
  .object({
    text: z.string().trim().min(1, 'text must not be empty').max(5000),
    language: z.string().min(2).max(10).optional(),
    district: z.enum(['unknown', ...DISTRICT_SLUGS] as [string, ...string[]]).optional(),
    place: z.string().trim().max(500).optional(),
    childrenInvolved: z.enum(['yes', 'no', 'unknown']).optional(),
    peopleCount: z.number().int().min(0).max(10_000).optional(),
    reporter: z.object({ name: z.string().trim().max(200).optional(), phone: z.string().trim().max(40).optional() }).optional(),
    callbackAllowed: z.boolean().optional(),
  })
  .strict();
export type OperatorTipForm = z.infer<typeof OperatorTipForm>;
