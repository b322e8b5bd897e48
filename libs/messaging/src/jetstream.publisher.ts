import { Logger } from '@nestjs/common';
import { JetStreamClient, NatsConnection, NatsError } from 'nats';
import { schemaFor, EventInput, EventSubject } from './event-schemas';
import { MessagingUnavailableError } from './messaging-unavailable.error';
import { NatsConnector } from './nats-connector';

export interface JetStreamPublisherOptions {
  /** NATS URL(s). */
  servers: string | string[];
  /** Connection name shown by the NATS server. Default `publisher`. */
  name?: string;
  /** Longest wait for the PubAck before giving up with MessagingUnavailableError. Default 5 s. */
  publishTimeoutMs?: number;
  /** Wait between connection attempts. Default 2 s. */
  reconnectWaitMs?: number;
}

export interface PublishResult {
  /** Stream sequence of the stored message (of the first copy, for a duplicate). */
  seq: number;
  /** True when JetStream already held a message with this msg id in its duplicate window. */
  duplicate: boolean;
}

/**
 * Publishes events to JetStream and resolves only once JetStream stored them (PubAck), so a caller
 * can promise "accepted" only for what is durable. Payloads are validated against the contracts
 * before they leave: an invalid event is a bug in the producer, not something to retry.
 */
export class JetStreamPublisher {
  private readonly connector: NatsConnector;
  private readonly publishTimeoutMs: number;
  private client?: { nc: NatsConnection; js: JetStreamClient };

  constructor(options: JetStreamPublisherOptions) {
    this.publishTimeoutMs = options.publishTimeoutMs ?? 5_000;
    const name = options.name ?? 'publisher';
    this.connector = new NatsConnector(
      { servers: options.servers, name, reconnectWaitMs: options.reconnectWaitMs },
      new Logger(`${JetStreamPublisher.name}(${name})`),
    );
  }

  /**
   * A connected publisher outside Nest (scripts, bench, tests). If NATS is not reachable it still
   * resolves and keeps trying; `publish` rejects with MessagingUnavailableError meanwhile.
   */
  static async connect(servers: string | string[], options: Omit<JetStreamPublisherOptions, 'servers'> = {}): Promise<JetStreamPublisher> {
    const publisher = new JetStreamPublisher({ servers, ...options });
    await publisher.start();
    return publisher;
  }

  /** One connection attempt now; on failure it keeps trying in the background. */
  async start(): Promise<void> {
    await this.connector.start();
  }

  /**
   * Validates `payload` against the schema of `subject`, publishes it with `Nats-Msg-Id: msgId` and
   * resolves after the PubAck. Throws the validation error for an invalid payload and
   * MessagingUnavailableError when JetStream did not confirm storage (the caller may retry with the same id).
   */
  async publish<S extends EventSubject>(subject: S, payload: EventInput<S>, msgId: string): Promise<PublishResult> {
    const schema = schemaFor(subject);
    if (!schema) throw new Error(`no event schema for subject ${subject}`);
    if (!msgId) throw new Error(`publish to ${subject} needs a msg id`);
    const event = schema.parse(payload);
    const nc = this.connector.usable();
    if (!nc) throw new MessagingUnavailableError(`not connected to NATS; ${subject} ${msgId} not stored`);
    try {
      const ack = await this.jetstream(nc).publish(subject, JSON.stringify(event), { msgID: msgId });
      return { seq: ack.seq, duplicate: ack.duplicate };
    } catch (err) {
      // Whatever NATS said (timeout, no stream responding, connection lost), the event is not known to be stored.
      if (err instanceof NatsError) throw new MessagingUnavailableError(`${subject} ${msgId} not stored: ${err.message}`, { cause: err });
      throw err;
    }
  }

  private jetstream(nc: NatsConnection): JetStreamClient {
    if (this.client?.nc !== nc) this.client = { nc, js: nc.jetstream({ timeout: this.publishTimeoutMs }) };
    return this.client.js;
  }

  /** Flushes what is in flight and closes the connection. */
  async close(): Promise<void> {
    await this.connector.close();
  }
}
