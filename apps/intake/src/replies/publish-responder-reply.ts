import { Injectable } from '@nestjs/common';
import { DeliveryChannel, ResponderReplied, Subjects } from '@rescue/contracts';
import { ReplyAction } from '@rescue/domain';
import { deterministicId } from '@rescue/messaging';
import { KeepingPublisher } from '../inbox/keeping-publisher';

export interface ResponderAnswer {
  /** The provider's id of the message or event: a redelivery is the same reply. */
  sourceId: string;
  responderId: string;
  channel: DeliveryChannel;
  action: ReplyAction;
  /** An SMS reply code ("ACK 3"). */
  code?: number;
  /** The alert a LINE button belongs to. */
  alertId?: string;
  text?: string;
}

/**
 * A linked responder answered: published as a fact. Dispatch decides what it means (which alert the
 * code or button names, whether it was sent to this responder, whether the role is still open).
 */
@Injectable()
export class PublishResponderReply {
  constructor(private readonly publisher: KeepingPublisher) {}

  async execute(answer: ResponderAnswer): Promise<void> {
    const replyId = deterministicId(answer.channel, answer.sourceId);
    const event: ResponderReplied = {
      replyId,
      responderId: answer.responderId,
      channel: answer.channel,
      action: answer.action,
      code: answer.code,
      alertId: answer.alertId,
      text: answer.text,
      at: new Date().toISOString(),
    };
    await this.publisher.publish(Subjects.responderReplied, event, `reply-${replyId}`);
  }
}
