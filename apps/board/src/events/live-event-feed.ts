import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { Consumer, ConsumerMessages, NatsConnection } from 'nats';
import { AsyncQueue } from './async-queue';
import { BoardNats } from './board-nats';
import { EventCursor } from './event-cursor';
import { LIVE_STREAMS } from './live-streams';
import { StreamMessage } from './stream-message';

/** One browser's view of the live streams: messages in arrival order and the cursor after the last one. */
export class LiveSubscription implements AsyncIterable<StreamMessage> {
  private readonly position: Record<string, number>;

  constructor(
    start: EventCursor,
    private readonly queue: AsyncQueue<StreamMessage>,
    private readonly consumers: { consumer: Consumer; messages: ConsumerMessages }[],
  ) {
    this.position = { ...start };
  }

  /** Where a reconnecting browser resumes: the last sequence it was sent, per stream. */
  get cursor(): EventCursor {
    return { ...this.position };
  }

  async *[Symbol.asyncIterator](): AsyncIterator<StreamMessage> {
    for await (const message of this.queue) {
      this.position[message.stream] = message.seq;
      yield message;
    }
  }

  /** Stops reading and deletes the ephemeral consumers now rather than when the server times them out. */
  close(): void {
    closeAll(this.consumers);
    this.queue.end();
  }
}

/**
 * Opens ephemeral ordered consumers (no acks, no server-side state to clean up beyond an inactivity
 * threshold) on each live stream, from the cursor a browser came back with, or from now.
 */
@Injectable()
export class LiveEventFeed {
  constructor(private readonly nats: BoardNats) {}

  async open(from?: EventCursor): Promise<LiveSubscription> {
    const nc = this.nats.current();
    if (!nc) throw new ServiceUnavailableException('not connected to NATS yet');
    const start = from ?? (await this.now(nc));
    const queue = new AsyncQueue<StreamMessage>();
    const js = nc.jetstream();
    const consumers: { consumer: Consumer; messages: ConsumerMessages }[] = [];
    try {
      for (const stream of LIVE_STREAMS) {
        const consumer = await js.consumers.get(stream.name, {
          filterSubjects: stream.subject,
          opt_start_seq: (start[stream.name] ?? 0) + 1,
        });
        // The client retries a consumer it cannot create forever; a browser is better told to come back.
        const messages = await withTimeout(consumer.consume({ max_messages: 256 }), OPEN_TIMEOUT_MS, stream.name).catch((err) => {
          void consumer.delete().catch(() => undefined);
          throw err;
        });
        consumers.push({ consumer, messages });
      }
    } catch (err) {
      closeAll(consumers);
      throw err;
    }
    for (const [i, { messages }] of consumers.entries()) void pump(LIVE_STREAMS[i].name, messages, queue);
    return new LiveSubscription(start, queue, consumers);
  }

  /** The last sequence of each stream now: a fresh browser sees what happens from here on. */
  private async now(nc: NatsConnection): Promise<EventCursor> {
    const jsm = await nc.jetstreamManager();
    const entries = await Promise.all(LIVE_STREAMS.map(async (s) => [s.name, (await jsm.streams.info(s.name)).state.last_seq] as const));
    return Object.fromEntries(entries);
  }
}

const OPEN_TIMEOUT_MS = 5_000;

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no consumer on ${what} after ${ms} ms`)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function closeAll(consumers: { consumer: Consumer; messages: ConsumerMessages }[]): void {
  for (const { consumer, messages } of consumers) {
    void messages.close().catch(() => undefined);
    void consumer.delete().catch(() => undefined);
  }
}

async function pump(stream: string, messages: ConsumerMessages, queue: AsyncQueue<StreamMessage>): Promise<void> {
  try {
    for await (const m of messages) {
      let payload: unknown;
      try {
        payload = m.json();
      } catch {
        payload = undefined; // not ours to judge: the board only needs to know something happened
      }
      queue.push({ stream, seq: m.seq, subject: m.subject, payload, at: new Date(Math.floor(m.info.timestampNanos / 1e6)) });
    }
  } catch (err) {
    queue.end(err as Error);
  }
}
