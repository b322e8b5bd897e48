import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventInput, EventSubject, JetStreamPublisher, MessagingUnavailableError } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { Counter } from 'prom-client';
import { intakeMetrics } from '../intake-metrics';
import { InboxRelay } from './inbox-relay';

const keptEvents = new Counter({ name: 'intake_events_kept_total', help: 'Webhook events kept in PostgreSQL because NATS did not store them', labelNames: ['subject'], registers: [intakeMetrics] });

export interface Kept {
  /** JetStream already held this msg id (a redelivery). */
  duplicate: boolean;
  /** NATS was down: the event waits in the inbox for the relay. */
  kept: boolean;
}

/**
 * For provider webhooks, which are not retried (Twilio never retries an inbound SMS) or whose 503
 * would only delay: publishes to JetStream, and when NATS does not confirm storage keeps the event
 * in PostgreSQL instead, under the same msg id, for the InboxRelay. Either way the event is durable
 * when this resolves, so the webhook may answer as if all went well.
 */
@Injectable()
export class KeepingPublisher {
  private readonly logger = new Logger(KeepingPublisher.name);

  constructor(
    private readonly publisher: JetStreamPublisher,
    @Inject(Database) private readonly db: Database,
    private readonly relay: InboxRelay,
  ) {}

  async publish<S extends EventSubject>(subject: S, payload: EventInput<S>, msgId: string): Promise<Kept> {
    try {
      const ack = await this.publisher.publish(subject, payload, msgId);
      return { duplicate: ack.duplicate, kept: false };
    } catch (err) {
      if (!(err instanceof MessagingUnavailableError)) throw err;
      // Validation happens before the NATS attempt, so what reaches here is a valid event.
      await this.db.query(
        'INSERT INTO intake_inbox (msg_id, subject, payload) VALUES ($1, $2, $3) ON CONFLICT (msg_id) DO NOTHING',
        [msgId, subject, JSON.stringify(payload)],
      );
      keptEvents.inc({ subject });
      this.relay.wake();
      this.logger.warn(`${subject} ${msgId} kept in the inbox: ${err.message}`);
      return { duplicate: false, kept: true };
    }
  }
}
