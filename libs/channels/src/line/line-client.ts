import { messagingApi } from '@line/bot-sdk';
import { LineHttpClient } from './line-http-client';

export interface LineClientOptions {
  channelAccessToken: string;
  /** https://api.line.me in production; the sandbox in development. */
  baseURL?: string;
  /** Longest wait for LINE's answer (the SDK's fetch has none). Default 10 s. */
  timeoutMs?: number;
}

export type LineClient = messagingApi.MessagingApiClient;

/** The fields of the SDK's own fetch transport that say where and how to call LINE. */
interface SdkTransport {
  baseURL: string;
  defaultHeaders: Record<string, string>;
}

/**
 * The SDK's client with its transport swapped for node:http (LineHttpClient). The SDK offers no
 * option for it (Twilio's has `httpClient`), so its private field is replaced, keeping the base URL
 * and headers (authorization, user agent) the SDK computed. An SDK release that moves the field
 * stops start-up with a clear error instead of quietly going back to fetch.
 */
export function createLineClient(options: LineClientOptions): LineClient {
  const client = new messagingApi.MessagingApiClient({ channelAccessToken: options.channelAccessToken, baseURL: options.baseURL });
  const holder = client as unknown as { httpClient: SdkTransport | LineHttpClient };
  const sdk = holder.httpClient as SdkTransport;
  // Fail at start-up, not silently fall back to fetch, if a release of the SDK moved its transport.
  if (typeof sdk?.baseURL !== 'string' || typeof sdk.defaultHeaders !== 'object') throw new Error('@line/bot-sdk: MessagingApiClient.httpClient not found; LineHttpClient cannot be installed');
  holder.httpClient = new LineHttpClient(sdk.baseURL, sdk.defaultHeaders, options.timeoutMs ?? 10_000);
  return client;
}
