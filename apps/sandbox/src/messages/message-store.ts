import { Injectable } from '@nestjs/common';
import { SandboxMessage } from './sandbox-message';

/** Every message the providers "delivered", in memory, oldest first. */
@Injectable()
export class MessageStore {
  private messages: SandboxMessage[] = [];

  record(message: Omit<SandboxMessage, 'at'>): SandboxMessage {
    const stored = { ...message, at: new Date().toISOString() };
    this.messages.push(stored);
    return stored;
  }

  /** `from`: the number of messages (of any recipient) to skip, so that a poller reads only what is new. */
  list(filter: { to?: string; channel?: string; from?: number } = {}): SandboxMessage[] {
    return this.messages.slice(filter.from ?? 0).filter((m) => (!filter.to || m.to === filter.to) && (!filter.channel || m.channel === filter.channel));
  }

  clear(): void {
    this.messages = [];
  }
}
