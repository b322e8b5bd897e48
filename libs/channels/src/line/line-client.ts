import { messagingApi } from '@line/bot-sdk';

export interface LineClientOptions {
  channelAccessToken: string;
  /** https://api.line.me in production; the sandbox in development. */
  baseURL?: string;
}

export type LineClient = messagingApi.MessagingApiClient;

export function createLineClient(options: LineClientOptions): LineClient {
  return new messagingApi.MessagingApiClient({ channelAccessToken: options.channelAccessToken, baseURL: options.baseURL });
}
