import { Inject, Injectable } from '@nestjs/common';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';
import { KeptLog } from './kept-log';
import { SandboxMessage } from './sandbox-message';

/**
 * The messages the providers "delivered", in memory, oldest first: the last SANDBOX_KEEP_PER_RECIPIENT
 * of each recipient and SANDBOX_KEEP_TOTAL in all.
 */
@Injectable()
export class MessageStore {
  private readonly log: KeptLog<SandboxMessage>;

  constructor(@Inject(SANDBOX_CONFIG) config: Pick<SandboxConfig, 'SANDBOX_KEEP_PER_RECIPIENT' | 'SANDBOX_KEEP_TOTAL'>) {
    this.log = new KeptLog({ perKey: config.SANDBOX_KEEP_PER_RECIPIENT, total: config.SANDBOX_KEEP_TOTAL }, (m) => m.to);
  }

  record(message: Omit<SandboxMessage, 'at'>): SandboxMessage {
    const stored = { ...message, at: new Date().toISOString() };
    this.log.add(stored);
    return stored;
  }

  /** `from`: the number of messages (of any recipient) to skip, so that a poller reads only what is new. */
  list(filter: { to?: string; channel?: string; from?: number } = {}): SandboxMessage[] {
    return this.log.list(filter.from).filter((m) => (!filter.to || m.to === filter.to) && (!filter.channel || m.channel === filter.channel));
  }

  clear(): void {
    this.log.clear();
  }
}
