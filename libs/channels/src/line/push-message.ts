import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import { LineClient } from './line-client';
import { toLineProviderError } from './line-provider-error';
import { lineRetryKey } from './line-retry-key';

/** Name the delivery (its retry key is derived) or pass a retry key (a UUID) made elsewhere. */
export type PushRequest = { to: string; messages: messagingApi.Message[] } & ({ deliveryId: string } | { retryKey: string });

export interface PushAccepted {
  /** True when LINE had already accepted this retry key: an earlier attempt got through. */
  duplicate: boolean;
  requestId?: string;
  sentMessages: { id: string; quoteToken?: string }[];
}

/**
 * Pushes messages with an X-Line-Retry-Key. A 409 means LINE already accepted a request with this
 * key (the earlier attempt's answer was lost): the message was sent once, which is what we wanted.
 */
export async function pushMessage(client: LineClient, request: PushRequest): Promise<PushAccepted> {
  const retryKey = 'retryKey' in request ? request.retryKey : lineRetryKey(request.deliveryId);
  try {
    const res = await client.pushMessageWithHttpInfo({ to: request.to, messages: request.messages }, retryKey);
    return { duplicate: false, requestId: res.httpResponse.headers.get('x-line-request-id') ?? undefined, sentMessages: res.body.sentMessages ?? [] };
  } catch (err) {
    if (err instanceof HTTPFetchError && err.status === 409) {
      return { duplicate: true, requestId: err.headers.get('x-line-accepted-request-id') ?? undefined, sentMessages: [] };
    }
    throw toLineProviderError(err);
  }
}
