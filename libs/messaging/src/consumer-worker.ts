import { Logger } from '@nestjs/common';
import { ConsumerEvents, ConsumerMessages, JetStreamClient, JsMsg } from 'nats';
import { BackoffOptions, redeliveryDelay } from './backoff';
import { ConcurrencyLimit } from './concurrency-limit';
import { deadLetter } from './dead-letter';
import { countDeadLetter, declareDeadLetterStream } from './dead-letter-count';
import { decodeEvent } from './event-schemas';
import { JetStreamContext } from './jetstream.context';
import { isPermanentError } from './permanent-error';

/**
 * How long one pull request lives. nats.js derives the rest from it: the server's idle heartbeat is
 * half of it, two missed heartbeats re-issue the pull, and a failed consumer lookup after a reconnect
 * is retried after 0.5-1.5x it. At its default (30 s) a pull held by a consumer leader that died, or
 * a lookup made while a restarted server or a cluster was still electing, stalled a consumer for 15
 * to 60 s (the chaos runs: pages stopped while the chains escalated to their end unanswered).
 */
const PULL_EXPIRES_MS = 5_000;

/** Runs the application's handler; resolves when it is done, rejects when it failed. */
export type EventHandler = (payload: unknown, context: JetStreamContext) => Promise<void>;

export interface ConsumerWorkerOptions {
  js: JetStreamClient;
  stream: string;
  consumer: string;
  handle: EventHandler;
  concurrency: number;
  maxDeliver: number;
  backoff: BackoffOptions;
  /** Longest wait in `stop()` for running handlers; past it the server redelivers them anyway. */
  stopTimeoutMs: number;
  /** Called when the server says the stream or consumer is gone, to create them again. */
  recreate: () => Promise<void>;
  logger: Logger;
}

/**
 * Pulls from one durable consumer and settles every message: ack after the handler succeeded, nak
 * with backoff after a transient failure, dead-letter then term for poison and for the last allowed
 * delivery. Up to `concurrency` messages are handled at once so one slow message does not hold the rest.
 */
export class ConsumerWorker {
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private stopping = false;
  private recreating = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly slots: ConcurrencyLimit;

  constructor(private readonly options: ConsumerWorkerOptions) {
    this.slots = new ConcurrencyLimit(options.concurrency);
    declareDeadLetterStream(options.stream);
  }

  async start(): Promise<void> {
    const { js, stream, consumer, concurrency } = this.options;
    const source = await js.consumers.get(stream, consumer);
    // Pull no more than can be handled at once: a buffered message's ack_wait is already running.
    this.messages = await source.consume({ max_messages: concurrency, expires: PULL_EXPIRES_MS });
    void this.watch(this.messages);
    this.loop = this.pull(this.messages);
  }

  /** Stops pulling, waits (bounded) for the handlers that are running to settle their messages. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.messages?.close();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), this.options.stopTimeoutMs)));
    const settled = (async () => {
      await this.loop;
      await Promise.allSettled([...this.inFlight]);
    })();
    if ((await Promise.race([settled, timeout])) === 'timeout') {
      this.options.logger.warn(`${this.options.consumer}: ${this.inFlight.size} handler(s) still running at shutdown; they will be redelivered`);
    }
    clearTimeout(timer);
  }

  private async pull(messages: ConsumerMessages): Promise<void> {
    try {
      for await (const msg of messages) {
        await this.slots.acquire();
        if (this.stopping) {
          // Pulled but not started: hand it back now rather than after ack_wait.
          msg.nak();
          this.slots.release();
          continue;
        }
        const job: Promise<void> = this.settle(msg)
          .catch((err) => this.options.logger.error(`${this.options.consumer}: settling a message failed: ${(err as Error).message}`))
          .finally(() => {
            this.slots.release();
            this.inFlight.delete(job);
          });
        this.inFlight.add(job);
      }
    } catch (err) {
      this.options.logger.error(`${this.options.consumer}: consuming stopped: ${(err as Error).message}`);
    }
  }

  private async settle(msg: JsMsg): Promise<void> {
    const { consumer, maxDeliver, logger } = this.options;
    const where = `${consumer} ${msg.subject} #${msg.info.streamSequence}`;
    const deliveries = msg.info.deliveryCount;
    const decoded = decodeEvent(msg.subject, msg.data);
    if (!decoded.ok) return this.giveUp(msg, `poison: ${decoded.reason}`);
    try {
      await this.options.handle(decoded.value, new JetStreamContext([msg]));
    } catch (err) {
      const why = describe(err);
      if (isPermanentError(err)) return this.giveUp(msg, `permanent: ${why}`);
      if (deliveries >= maxDeliver) return this.giveUp(msg, `failed ${deliveries} deliveries, last: ${why}`);
      const delay = redeliveryDelay(deliveries, this.options.backoff);
      logger.warn(`${where}: delivery ${deliveries}/${maxDeliver} failed (${why}); redelivering in ${delay} ms`);
      msg.nak(delay);
      return;
    }
    msg.ack();
  }

  /** Nothing vanishes silently: the message is terminated only once its copy is in the dead-letter stream. */
  private async giveUp(msg: JsMsg, reason: string): Promise<void> {
    const { js, consumer, logger, backoff } = this.options;
    const where = `${consumer} ${msg.subject} #${msg.info.streamSequence}`;
    try {
      await deadLetter(js, msg, consumer, reason);
      // No reason on the term: NATS before 2.10.4 does not parse `+TERM <reason>` and would redeliver.
      // The reason travels with the dead-lettered copy instead.
      msg.term();
      countDeadLetter(msg.info.stream);
      logger.error(`${where}: dead-lettered: ${reason}`);
    } catch (err) {
      // Not copied, so not terminated: it comes back (unless this was the last allowed delivery, in
      // which case it stays in its stream and this line is the trace to find it by).
      logger.error(`${where}: could not dead-letter (${(err as Error).message}); reason was: ${reason}`);
      msg.nak(redeliveryDelay(msg.info.deliveryCount, backoff));
    }
  }

  /** The client keeps retrying a vanished consumer forever; recreating it lets it resume. */
  private async watch(messages: ConsumerMessages): Promise<void> {
    const { consumer, logger } = this.options;
    for await (const status of await messages.status()) {
      const missing =
        status.type === ConsumerEvents.ConsumerNotFound ||
        status.type === ConsumerEvents.StreamNotFound ||
        status.type === ConsumerEvents.ConsumerDeleted;
      if (status.type === ConsumerEvents.HeartbeatsMissed) logger.warn(`${consumer}: missed ${status.data} heartbeats`);
      if (!missing || this.stopping || this.recreating) continue;
      logger.warn(`${consumer}: ${status.type}; recreating`);
      this.recreating = true;
      this.options
        .recreate()
        .catch((err) => logger.error(`${consumer}: recreate failed: ${(err as Error).message}`))
        .finally(() => (this.recreating = false));
    }
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'object' && err !== null && 'message' in err) return String((err as { message: unknown }).message);
  return String(err);
}
