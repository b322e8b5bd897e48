import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { Channel, Location, Reporter, Subjects, TipReceived } from '@rescue/contracts';
import { JetStreamPublisher } from '@rescue/messaging';
import { Sealer } from '@rescue/platform';
import { KeepingPublisher } from '../inbox/keeping-publisher';

export interface NewTip {
  channel: Channel;
  text: string;
  language?: string;
  location?: Location;
  reporter?: Reporter;
  callbackAllowed?: boolean;
  /** The cause of the tip (provider message id, client idempotency key): same cause, same tipId. */
  sourceId?: string;
  /** The case reference the reporter was given (public channels). */
  caseRef?: string;
}

const TIP_NAMESPACE = '5b0e7c1e-3f0a-4a57-9a39-9d1f0c7a2b11';

/** The tip id of a cause: deterministic when the cause is named, so a retry is the same tip. */
export function tipIdFor(channel: Channel, sourceId?: string): string {
  return sourceId ? uuidv5(`${channel}:${sourceId}`, TIP_NAMESPACE) : randomUUID();
}

/**
 * Seals the reporter's contact, stores the tip in JetStream and resolves only once JetStream has
 * acknowledged it: the caller may answer 2xx after this and the tip is never lost. A provider webhook
 * (`keepIfNatsDown`) has the tip kept in the PostgreSQL inbox instead when NATS is down; the operator
 * API gets a 503 and retries.
 */
@Injectable()
export class SubmitTip {
  constructor(
    private readonly publisher: JetStreamPublisher,
    private readonly keeping: KeepingPublisher,
    @Inject(Sealer) private readonly sealer: Sealer,
  ) {}

  async execute(tip: NewTip, options: { keepIfNatsDown?: boolean } = {}): Promise<{ tipId: string; duplicate: boolean }> {
    const tipId = tipIdFor(tip.channel, tip.sourceId);
    const contact = tip.reporter?.phone ?? tip.reporter?.lineUserId;
    const event: TipReceived = {
      tipId,
      receivedAt: new Date().toISOString(),
      channel: tip.channel,
      text: tip.text,
      language: tip.language,
      location: tip.location,
      reporterSealed: tip.reporter && Object.keys(tip.reporter).length ? this.sealer.seal(tip.reporter) : undefined,
      reporterKey: contact ? this.sealer.pseudonym(contact) : undefined,
      callbackAllowed: tip.callbackAllowed,
      caseRef: tip.caseRef,
    };
    const ack = options.keepIfNatsDown
      ? await this.keeping.publish(Subjects.tipReceived, event, tipId)
      : await this.publisher.publish(Subjects.tipReceived, event, tipId);
    return { tipId, duplicate: ack.duplicate };
  }
}
