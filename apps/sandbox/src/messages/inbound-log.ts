import { Injectable } from '@nestjs/common';
import { InboundMessage } from './sandbox-message';

/** What the simulated phones sent, so the simulator can show both sides of a conversation. */
@Injectable()
export class InboundLog {
  private entries: InboundMessage[] = [];

  record(entry: Omit<InboundMessage, 'at'>): InboundMessage {
    const stored = { ...entry, at: new Date().toISOString() };
    this.entries.push(stored);
    return stored;
  }

  list(from?: string): InboundMessage[] {
    return from ? this.entries.filter((e) => e.from === from) : [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
