import { z } from 'zod';

/** `POST /__sandbox/line`: an event a simulated LINE user causes. */
export const LineWebhookRequest = z
  .object({
    from: z.string().min(1),
    type: z.enum(['message', 'postback', 'follow', 'unfollow']).default('message'),
    text: z.string().min(1).max(5000).optional(),
    data: z.string().min(1).max(300).optional(),
    location: z
      .object({
        title: z.string().optional(),
        address: z.string().optional(),
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
      })
      .optional(),
    /** A photo (base64, under the sandbox's 1 MB body limit); without content a tiny sample PNG. */
    image: z
      .object({
        base64: z.string().max(900_000).optional(),
        contentType: z.enum(['image/jpeg', 'image/png']).default('image/png'),
      })
      .optional(),
    /**
     * The language set in the simulated user's LINE app, which their profile reports (BCP 47, e.g.
     * "my"); null for a user who did not consent to share it. Kept for later events of that user.
     */
    language: z.string().min(2).max(20).nullable().optional(),
    /** Send the same event this many more times with `deliveryContext.isRedelivery: true`. */
    redeliver: z.number().int().min(0).max(10).optional(),
  })
  .strict()
  .refine((r) => r.type !== 'message' || r.text !== undefined || r.location !== undefined || r.image !== undefined, {
    message: 'a message needs text, location or image',
  })
  .refine((r) => r.type !== 'postback' || r.data !== undefined, { message: 'a postback needs data' });
export type LineWebhookRequest = z.infer<typeof LineWebhookRequest>;
