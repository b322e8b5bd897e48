import { BackoffOptions, DEFAULT_BACKOFF } from './backoff';

export interface JetStreamServerOptions {
  /** NATS URL(s), e.g. `nats://127.0.0.1:4222`. */
  servers: string | string[];
  /** Names this service's durable consumers: `<consumerPrefix>-<subject with dots replaced>`. */
  consumerPrefix: string;
  /** Connection name shown by the NATS server. Default: the consumer prefix. */
  connectionName?: string;
  /** Time the server waits for an ack before redelivering. Default 30 s. */
  ackWaitMs?: number;
  /** Deliveries before a message is dead-lettered. Default 10. */
  maxDeliver?: number;
  /** Messages handled in parallel per consumer. Default 16. */
  concurrency?: number;
  /** JetStream dedupe window for `Nats-Msg-Id`, set on the streams. Default 2 min. */
  duplicateWindowMs?: number;
  /**
   * Where a consumer starts the first time it is created: `all` (default) also takes what was
   * published before this service ever ran, so no tip is lost to a late first start; `new` only
   * takes what is published from then on (a live view). An existing consumer resumes where it stopped.
   */
  deliverPolicy?: 'all' | 'new';
  /** Copies of each stream in a JetStream cluster (`NATS_STREAM_REPLICAS`). Default 1 (one server). */
  streamReplicas?: number;
  /** Redelivery delay after a transient failure. Default 250 ms x 2^n, at most 30 s. */
  backoff?: Partial<BackoffOptions>;
  /** Wait between connection attempts. Default 2 s. */
  reconnectWaitMs?: number;
}

export type ResolvedJetStreamServerOptions = Required<Omit<JetStreamServerOptions, 'backoff'>> & { backoff: BackoffOptions };

export function resolveServerOptions(options: JetStreamServerOptions): ResolvedJetStreamServerOptions {
  return {
    servers: options.servers,
    consumerPrefix: options.consumerPrefix,
    connectionName: options.connectionName ?? options.consumerPrefix,
    ackWaitMs: options.ackWaitMs ?? 30_000,
    maxDeliver: options.maxDeliver ?? 10,
    concurrency: options.concurrency ?? 16,
    duplicateWindowMs: options.duplicateWindowMs ?? 120_000,
    streamReplicas: options.streamReplicas ?? 1,
    deliverPolicy: options.deliverPolicy ?? 'all',
    reconnectWaitMs: options.reconnectWaitMs ?? 2_000,
    backoff: {
      initialMs: options.backoff?.initialMs ?? DEFAULT_BACKOFF.initialMs,
      maxMs: options.backoff?.maxMs ?? DEFAULT_BACKOFF.maxMs,
    },
  };
}
