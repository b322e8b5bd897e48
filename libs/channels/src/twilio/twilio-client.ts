import twilio from 'twilio';
import { NodeRequestClient } from './node-request-client';

export interface TwilioClientOptions {
  accountSid: string;
  authToken: string;
  /** Where the REST API lives; unset means api.twilio.com. The sandbox in development. */
  apiBaseUrl?: string;
  timeoutMs?: number;
}

export type TwilioClient = twilio.Twilio;

/**
 * The real Twilio SDK client. Retry on 429 stays off: the notifier's queue retries with
 * backoff and knows whether the message is still wanted.
 */
export function createTwilioClient(options: TwilioClientOptions): TwilioClient {
  const httpClient = new NodeRequestClient({ baseUrl: options.apiBaseUrl, timeoutMs: options.timeoutMs ?? 15_000 });
  return twilio(options.accountSid, options.authToken, { httpClient });
}
