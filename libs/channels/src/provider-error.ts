export type Provider = 'twilio' | 'line';

/**
 * A provider refused or could not take a message. `temporary` tells the delivery worker whether a
 * retry can help (rate limits, provider outages, network trouble) or the message must fail now (an
 * invalid number, an unsubscribed recipient, a blocked LINE account) so the next channel is tried.
 */
export class ProviderError extends Error {
  readonly provider: Provider;
  readonly status?: number;
  readonly code?: number | string;
  readonly temporary: boolean;

  constructor(init: { provider: Provider; status?: number; code?: number | string; temporary: boolean; message: string; cause?: unknown }) {
    super(init.message, { cause: init.cause });
    this.name = 'ProviderError';
    this.provider = init.provider;
    this.status = init.status;
    this.code = init.code;
    this.temporary = init.temporary;
  }
}

/** 429 and 5xx may pass; every other 4xx says the request itself is wrong. */
export function isTemporaryStatus(status: number): boolean {
  return status === 429 || status >= 500;
}
