import { messagingApi } from '@line/bot-sdk';
import { LineClient } from './line-client';
import { toLineProviderError } from './line-provider-error';

/** Answers a webhook event with its reply token: free, unlike a push, but single-use and short-lived. */
export async function replyMessage(
  client: LineClient,
  request: { replyToken: string; messages: messagingApi.Message[] },
): Promise<{ sentMessages: { id: string; quoteToken?: string }[] }> {
  try {
    const res = await client.replyMessage({ replyToken: request.replyToken, messages: request.messages });
    return { sentMessages: res.sentMessages ?? [] };
  } catch (err) {
    throw toLineProviderError(err);
  }
}
