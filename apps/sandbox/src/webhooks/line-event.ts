import { randomUUID } from 'node:crypto';
import { lineMessageId, ulid } from '../ids';
import { LineWebhookRequest } from './line-webhook-request';

/** One webhook event as LINE builds it for a one-to-one chat with the account. */
export function lineEvent(request: LineWebhookRequest, replyToken: string | undefined): Record<string, unknown> {
  const base = {
    type: request.type,
    mode: 'active',
    timestamp: Date.now(),
    source: { type: 'user', userId: request.from },
    webhookEventId: ulid(),
    deliveryContext: { isRedelivery: false },
    ...(replyToken ? { replyToken } : {}),
  };
  switch (request.type) {
    case 'message':
      return {
        ...base,
        message: request.location
          ? { id: lineMessageId(), type: 'location', ...request.location }
          : request.image && request.text === undefined
            ? { id: lineMessageId(), type: 'image', quoteToken: randomUUID(), contentProvider: { type: 'line' } }
            : { id: lineMessageId(), type: 'text', quoteToken: randomUUID(), text: request.text },
      };
    case 'postback':
      return { ...base, postback: { data: request.data } };
    case 'follow':
      return { ...base, follow: { isUnblocked: false } };
    default:
      return base;
  }
}
