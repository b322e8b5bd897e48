import { Injectable } from '@nestjs/common';

export interface AcceptedPush {
  requestId: string;
  sentMessages: { id: string; quoteToken: string }[];
}

/**
 * X-Line-Retry-Key as LINE honours it: a key that was accepted once answers 409 (with the request
 * id that was accepted) and sends nothing. A key is reserved synchronously before any message is
 * recorded, so two concurrent retries cannot both get through.
 */
@Injectable()
export class RetryKeys {
  private readonly accepted = new Map<string, AcceptedPush>();

  /** The earlier acceptance of this key, or undefined after reserving it for `push`. */
  claim(key: string, push: AcceptedPush): AcceptedPush | undefined {
    const earlier = this.accepted.get(key);
    if (earlier) return earlier;
    this.accepted.set(key, push);
    return undefined;
  }
}
