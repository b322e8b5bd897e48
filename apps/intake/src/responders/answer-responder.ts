import { Injectable } from '@nestjs/common';
import { ResponderReply } from '@rescue/domain';
import { AutoReplyAllowance } from '../auto-replies/auto-reply-allowance';
import { PublishResponderReply } from '../replies/publish-responder-reply';
import { LinkedResponder } from './linked-responders';
import { responderCopy } from './responder-copy';

/**
 * A linked responder's text (SMS or LINE): Accept / Decline / Arrived become a reply for dispatch,
 * which answers through the notifier; anything else gets a short help text, a few times an hour at most.
 */
@Injectable()
export class AnswerResponder {
  constructor(
    private readonly publishReply: PublishResponderReply,
    private readonly allowance: AutoReplyAllowance,
  ) {}

  async execute(input: {
    responder: LinkedResponder;
    channel: 'line' | 'sms';
    address: string;
    sourceId: string;
    text: string;
    reply: ResponderReply;
  }): Promise<string | undefined> {
    const { reply } = input;
    if (reply.kind === 'accept' || reply.kind === 'decline' || reply.kind === 'arrived' || reply.kind === 'release') {
      await this.publishReply.execute({
        sourceId: input.sourceId, responderId: input.responder.id, channel: input.channel, action: reply.kind, code: reply.code, text: input.text,
      });
      return undefined;
    }
    if (!(await this.allowance.take(input.address))) return undefined;
    const copy = responderCopy(input.responder.languages);
    return input.channel === 'line' ? copy.lineHelp : copy.smsHelp;
  }
}
