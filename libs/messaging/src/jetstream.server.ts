import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { ErrorCode, NatsError, Status } from 'nats';
import { lastValueFrom } from 'rxjs';
import { DeadLetterStream, Streams } from '@rescue/contracts';
import { redeliveryDelay } from './backoff';
import { consumerName } from './consumer-name';
import { ConsumerWorker } from './consumer-worker';
import { schemaFor } from './event-schemas';
import { JetStreamContext } from './jetstream.context';
import { JetStreamServerOptions, ResolvedJetStreamServerOptions, resolveServerOptions } from './jetstream-server.options';
import { NatsConnector } from './nats-connector';
import { DurableConsumerSpec, ensureDurableConsumer, ensureStreams } from './stream-setup';

/** Transport id, for `@EventPattern(subject, JETSTREAM_TRANSPORT)` when an app has several transports. */
export const JETSTREAM_TRANSPORT = Symbol('JETSTREAM_TRANSPORT');

export type JetStreamServerStatus = 'connecting' | 'connected' | 'disconnected' | 'closed';

/**
 * Nest transport strategy over JetStream: every `@EventPattern(subject)` gets a durable pull consumer
 * with explicit acks, so a message is removed from the service's backlog only after its handler
 * succeeded (at-least-once), survives restarts, and ends in the dead-letter stream when it cannot succeed.
 */
export class JetStreamServer extends Server<Record<string, Function>, JetStreamServerStatus> implements CustomTransportStrategy {
  readonly transportId = JETSTREAM_TRANSPORT;
  private readonly options: ResolvedJetStreamServerOptions;
  private readonly connector: NatsConnector;
  private readonly log = new Logger(JetStreamServer.name);
  private readonly workers: ConsumerWorker[] = [];

  constructor(options: JetStreamServerOptions) {
    super();
    this.options = resolveServerOptions(options);
    this.connector = new NatsConnector(
      { servers: options.servers, name: this.options.connectionName, reconnectWaitMs: this.options.reconnectWaitMs },
      this.log,
    );
    this.connector.onStatus((status) => this.trackStatus(status));
  }

  async listen(callback: (err?: unknown, ...rest: unknown[]) => void): Promise<void> {
    try {
      await this.start();
      callback();
    } catch (err) {
      callback(err);
    }
  }

  /** Stops pulling, lets running handlers finish and settle their messages, then drains the connection. */
  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.stop()));
    await this.connector.close();
    this._status$.next('closed');
  }

  /** Listens to connection status events by name: `disconnect`, `reconnect`, `error`, `ldm`, ... */
  on(event: string, callback: Function): void {
    this.connector.onStatus((status) => {
      if (status.type === event) callback(status.data);
    });
  }

  unwrap<T>(): T {
    const nc = this.connector.opened();
    if (!nc) throw new Error('JetStreamServer is not connected yet; call unwrap() after listen()');
    return nc as T;
  }

  private async start(): Promise<void> {
    this._status$.next('connecting');
    // Waits for NATS however long it takes: a consumer has nothing to do without it.
    await this.connector.start();
    const nc = await this.connector.connected();
    this._status$.next('connected');
    const jsm = await this.untilJetStreamAnswers('JetStream', () => nc.jetstreamManager());
    const streams = [...Streams, DeadLetterStream];
    const settings = { duplicateWindowMs: this.options.duplicateWindowMs, replicas: this.options.streamReplicas };
    await this.untilJetStreamAnswers('the streams', () => ensureStreams(jsm, streams, settings));

    for (const [pattern, handler] of this.getHandlers()) {
      if (!handler.isEventHandler) {
        this.log.warn(`@MessagePattern('${pattern}') ignored: JetStream carries events only; use @EventPattern`);
        continue;
      }
      const spec = this.consumerSpec(pattern);
      const stream = await this.untilJetStreamAnswers(`consumer ${spec.name}`, () => ensureDurableConsumer(jsm, spec));
      const worker = new ConsumerWorker({
        js: nc.jetstream(),
        stream,
        consumer: spec.name,
        handle: (payload, context) => this.invoke(handler, payload, context),
        concurrency: this.options.concurrency,
        maxDeliver: this.options.maxDeliver,
        backoff: this.options.backoff,
        stopTimeoutMs: this.options.ackWaitMs,
        recreate: async () => {
          await ensureStreams(jsm, streams, settings);
          await ensureDurableConsumer(jsm, spec);
        },
        logger: this.log,
      });
      await worker.start();
      this.workers.push(worker);
      this.log.log(`consuming ${pattern} from ${stream} as ${spec.name}`);
    }
  }

  /**
   * Runs a set-up step until JetStream answers it. A server that has just started, or a cluster with
   * no meta leader yet (all nodes starting at once, or one lost), times the API out or says it is
   * unavailable for a few seconds: the service waits for it as it waits for the connection, rather
   * than exit and be restarted into the same election. A refusal (a bad stream setting) still fails.
   */
  private async untilJetStreamAnswers<T>(what: string, step: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await step();
      } catch (err) {
        if (!isJetStreamUnavailable(err) || this.connector.opened()?.isClosed()) throw err;
        const delay = redeliveryDelay(attempt, { initialMs: 250, maxMs: 5_000 });
        if (attempt === 1 || attempt % 10 === 0) this.log.warn(`setting up ${what}: JetStream not answering (${(err as Error).message}, attempt ${attempt}); retrying in ${delay} ms`);
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  private consumerSpec(pattern: string): DurableConsumerSpec {
    const wildcard = /(^|\.)(\*|>)(\.|$)/.test(pattern);
    // Fail at start, not at the first message: every consumed subject has a contract.
    if (!wildcard && !schemaFor(pattern)) throw new Error(`no event schema in @rescue/contracts for @EventPattern('${pattern}')`);
    return {
      name: consumerName(this.options.consumerPrefix, pattern),
      filterSubject: pattern,
      ackWaitMs: this.options.ackWaitMs,
      maxDeliver: this.options.maxDeliver,
      deliverPolicy: this.options.deliverPolicy,
    };
  }

  /**
   * Runs the Nest handler (guards, interceptors, pipes, filters included) and resolves only when its
   * promise or observable completed; errors come back as rejections. Nest's processing hooks wrap it,
   * as they do for the built-in transports.
   */
  private invoke(handler: MessageHandler, payload: unknown, context: JetStreamContext): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.onProcessingStartHook(this.transportId, context, async () => {
        try {
          const result = await handler(payload, context);
          await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
          resolve();
        } catch (err) {
          reject(err);
        } finally {
          this.onProcessingEndHook?.(this.transportId, context);
        }
      });
    });
  }

  private trackStatus(status: Status): void {
    if (status.type === 'disconnect') this._status$.next('disconnected');
    if (status.type === 'reconnect') this._status$.next('connected');
  }
}

/** JetStream API error: "JetStream system temporarily unavailable" (no meta or stream leader yet). */
const JS_CLUSTER_NOT_AVAILABLE = 10008;

/** Timed out, nobody answering the API subject, or a cluster without a leader: worth waiting for. */
function isJetStreamUnavailable(err: unknown): boolean {
  if (!(err instanceof NatsError)) return false;
  if (err.api_error) return err.api_error.err_code === JS_CLUSTER_NOT_AVAILABLE;
  return err.code === ErrorCode.Timeout || err.code === ErrorCode.NoResponders;
}
