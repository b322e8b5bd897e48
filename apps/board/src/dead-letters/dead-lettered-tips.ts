import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { DeadLetterStream } from '@rescue/contracts';
import { DeadLetterHeaders } from '@rescue/messaging';
import { BoardNats } from '../events/board-nats';
import { DEAD_LETTERED_TIPS } from '../events/live-streams';

export interface DeadLetteredTip {
  seq: number;
  tipId?: string;
  channel?: string;
  text?: string;
  receivedAt?: string;
  reason: string;
  consumer: string;
  deliveries: number;
  deadLetteredAt: string;
}

const MAX = 200;

/**
 * Tips a service gave up on (poison, or failed every allowed delivery), as the dead-letter stream
 * keeps them: accepted from a reporter, so coordinators must read them and act by hand. The
 * reporter's sealed contact stays sealed (reveal it from the tip, which is audited).
 */
@Injectable()
export class DeadLetteredTips {
  constructor(private readonly nats: BoardNats) {}

  async list(): Promise<DeadLetteredTip[]> {
    const nc = this.nats.current();
    if (!nc) throw new ServiceUnavailableException('not connected to NATS yet; try again');
    const jsm = await nc.jetstreamManager();
    const subject = DEAD_LETTERED_TIPS;
    const state = await jsm.streams.info(DeadLetterStream.name, { subjects_filter: subject }).catch(() => undefined);
    const total = Object.values(state?.state.subjects ?? {}).reduce((a, b) => a + b, 0);
    if (!total) return [];
    // An ordered consumer (no state left behind on the server); only the newest MAX are kept.
    const consumer = await nc.jetstream().consumers.get(DeadLetterStream.name, {
      filterSubjects: subject,
      opt_start_seq: 1,
    });
    const found: DeadLetteredTip[] = [];
    const messages = await consumer.fetch({ max_messages: Math.min(total, 10_000), expires: 2_000 });
    for await (const m of messages) {
      let tip: Record<string, unknown> = {};
      try {
        tip = m.json();
      } catch {
        // not JSON: shown by its headers alone
      }
      const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
      found.push({
        seq: m.seq,
        tipId: str(tip.tipId),
        channel: str(tip.channel),
        text: str(tip.text)?.slice(0, 2000),
        receivedAt: str(tip.receivedAt),
        reason: m.headers?.get(DeadLetterHeaders.reason) ?? '',
        consumer: m.headers?.get(DeadLetterHeaders.consumer) ?? '',
        deliveries: Number(m.headers?.get(DeadLetterHeaders.deliveries) ?? 0),
        deadLetteredAt: new Date(Math.floor(m.info.timestampNanos / 1e6)).toISOString(),
      });
      if (found.length > MAX) found.shift();
      if (m.info.pending === 0) break;
    }
    return found.reverse();
  }
}
