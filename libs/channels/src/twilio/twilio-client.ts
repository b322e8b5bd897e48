import twilio from 'twilio';
import { BaseUrlRequestClient } from './base-url-request-client';

export interface TwilioClientOptions {
  accountSid: string;
  authToken: string;
  /** Where the REST API lives; unset means api.twilio.com. The sandbox in development. */
  apiBaseUrl?: string;
  timeoutMs?: number;
}

export type TwilioClient = twilio.Twilio;

/**
 * The real Twilio SDK client. Its own retry on 429 stays off: the notifier's queue retries with
 * backoff and knows whether the message is still wanted.
 */
export function createTwilioClient(options: TwilioClientOptions): TwilioClient {
  const httpOptions = { timeout: options.timeoutMs ?? 15_000, autoRetry: false };
  const httpClient = options.apiBaseUrl
    ? new BaseUrlRequestClient(options.apiBaseUrl, httpOptions)
    : new twilio.RequestClient(httpOptions);
  return twilio(options.accountSid, options.authToken, { httpClient });
}
