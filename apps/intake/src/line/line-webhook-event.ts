/** The parts of a LINE webhook event that intake acts on (see the Messaging API webhook reference). */
export interface LineWebhookEvent {
  type: string;
  webhookEventId: string;
  timestamp?: number;
  replyToken?: string;
  source?: { type: string; userId?: string };
  deliveryContext?: { isRedelivery?: boolean };
  message?: {
    id: string;
    type: string;
    text?: string;
    title?: string;
    address?: string;
    latitude?: number;
    longitude?: number;
    /** Media: `line` when the content is fetched from LINE, `external` when it is at a URL of the sender's. */
    contentProvider?: { type: string };
  };
  postback?: { data: string };
}
