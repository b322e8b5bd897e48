import { Inject, Injectable } from '@nestjs/common';
import { LineEventReceived, Subjects } from '@rescue/contracts';
import { deterministicId } from '@rescue/messaging';
import { Sealer } from '@rescue/platform';
import { KeepingPublisher } from '../inbox/keeping-publisher';
import { LineWebhookBody } from './line-webhook-body';

/**
 * Stores each event of a LINE webhook in JetStream, sealed, with its webhookEventId as message id:
 * a redelivery of the same event within the duplicate window is dropped by JetStream itself.
 * Resolves once every event is stored (in JetStream, or in the inbox while NATS is down), so LINE
 * gets its 200 only for what will be handled.
 */
@Injectable()
export class StoreLineEvents {
  constructor(
    private readonly publisher: KeepingPublisher,
    @Inject(Sealer) private readonly sealer: Sealer,
  ) {}

  async execute(body: LineWebhookBody): Promise<{ stored: number; duplicates: number }> {
    let duplicates = 0;
    for (const event of body.events) {
      const stored: LineEventReceived = {
        webhookEventId: event.webhookEventId,
        receivedAt: new Date().toISOString(),
        sealedEvent: this.sealer.seal(event),
      };
      const ack = await this.publisher.publish(Subjects.lineEventReceived, stored, deterministicId('line', event.webhookEventId));
      if (ack.duplicate) duplicates++;
    }
    return { stored: body.events.length - duplicates, duplicates };
  }
}
