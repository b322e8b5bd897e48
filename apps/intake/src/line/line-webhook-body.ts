import { z } from 'zod';

/**
 * The envelope LINE posts: `{destination, events}`. Events are kept whole (LINE adds fields over
 * time); only what intake relies on to store them is checked here.
 */
export const LineWebhookBody = z.object({
  destination: z.string().optional(),
  events: z.array(z.looseObject({ webhookEventId: z.string().min(1), type: z.string() })),
});
export type LineWebhookBody = z.infer<typeof LineWebhookBody>;
