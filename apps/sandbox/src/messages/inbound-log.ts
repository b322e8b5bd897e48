import { Inject, Injectable } from '@nestjs/common';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';
import { KeptLog } from './kept-log';
import { InboundMessage } from './sandbox-message';

/**
 * What the simulated phones sent, so the simulator can show both sides of a conversation; kept
 * within the same limits as what they received (per sender and in all).
 */
@Injectable()
export class InboundLog {
  private readonly log: KeptLog<InboundMessage>;

  constructor(@Inject(SANDBOX_CONFIG) config: Pick<SandboxConfig, 'SANDBOX_KEEP_PER_RECIPIENT' | 'SANDBOX_KEEP_TOTAL'>) {
    this.log = new KeptLog({ perKey: config.SANDBOX_KEEP_PER_RECIPIENT, total: config.SANDBOX_KEEP_TOTAL }, (m) => m.from);
  }

  record(entry: Omit<InboundMessage, 'at'>): InboundMessage {
    const stored = { ...entry, at: new Date().toISOString() };
    this.log.add(stored);
    return stored;
  }

  list(from?: string): InboundMessage[] {
    const all = this.log.list();
    return from ? all.filter((e) => e.from === from) : all;
  }

  clear(): void {
    this.log.clear();
  }
}
