import { Inject, Injectable } from '@nestjs/common';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';
import { KeptMap } from '../messages/kept-map';

export interface AcceptedPush {
  requestId: string;
  sentMessages: { id: string; quoteToken: string }[];
}

/**
 * X-Line-Retry-Key as LINE honours it: a key that was accepted once answers 409 (with the request
 * id that was accepted) and sends nothing. A key is reserved synchronously before any message is
 * recorded, so two concurrent retries cannot both get through. LINE remembers a key for 24 hours;
 * the sandbox the last SANDBOX_KEEP_TOTAL (a retry comes within seconds).
 */
@Injectable()
export class RetryKeys {
  private readonly accepted: KeptMap<string, AcceptedPush>;

  constructor(@Inject(SANDBOX_CONFIG) config: Pick<SandboxConfig, 'SANDBOX_KEEP_TOTAL'>) {
    this.accepted = new KeptMap(config.SANDBOX_KEEP_TOTAL);
  }

  /** The earlier acceptance of this key, or undefined after reserving it for `push`. */
  claim(key: string, push: AcceptedPush): AcceptedPush | undefined {
    const earlier = this.accepted.get(key);
    if (earlier) return earlier;
    this.accepted.set(key, push);
    return undefined;
  }
}
