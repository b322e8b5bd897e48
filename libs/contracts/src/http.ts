import { z } from 'zod';
import { Location } from './events';

/** POST /v1/tips body (intake operator API). */
export const TipSubmission = z.object({
  text: z.string().trim().min(1, 'text must not be empty').max(5000),
  channel: z.literal('hotline'),
  language: z.string().min(2).max(10).optional(),
  location: Location.optional(),
  reporter: z.object({ name: z.string().max(200).optional(), phone: z.string().max(40).optional() }).optional(),
  callbackAllowed: z.boolean().optional(),
}).strict();
export type TipSubmission = z.infer<typeof TipSubmission>;
