import { Injectable } from '@nestjs/common';
import { checkReplyCode, isActionReply, ResponderReply } from '@rescue/domain';
import { AutoReplyAllowance } from '../auto-replies/auto-reply-allowance';
import { PublishResponderReply } from '../replies/publish-responder-reply';
import { LinkedResponder } from './linked-responders';
import { OpenReplyCodes } from './open-reply-codes';
import { ACTION_WORD, openCodesText, responderCopy } from './responder-copy';

/**
 * A linked responder's text (SMS or LINE): Accept / Decline / Arrived / Unack become a reply for
 * dispatch, which answers through the notifier. An SMS whose code names no open case, or a bare ACK
 * with several open, is answered here with the open codes instead (a reply that gets no answer looks
 * taken). Anything else gets a short help text, a few times an hour at most.
 */
@Injectable()
export class AnswerResponder {
  constructor(
    private readonly publishReply: PublishResponderReply,
    private readonly allowance: AutoReplyAllowance,
    private readonly openCodes: OpenReplyCodes,
  ) {}

  async execute(input: {
    responder: LinkedResponder;
    channel: 'line' | 'sms';
    address: string;
    sourceId: string;
    text: string;
    reply: ResponderReply;
  }): Promise<string | undefined> {
    const { reply, responder } = input;
    const copy = responderCopy(responder.languages);
    if (isActionReply(reply)) {
      // Codes belong to the responder's phone; a LINE text without one is matched by dispatch as before.
      const check = input.channel === 'sms' ? checkReplyCode(reply, await this.openCodes.of(responder.id)) : { kind: 'act' as const, ignoredCodes: [] };
      if (check.kind === 'no-open-case') return copy.noOpenCase;
      if (check.kind === 'which-code') return copy.whichCode(openCodesText(check.open, responder.languages));
      if (check.kind === 'unknown-code') return copy.unknownCode(check.code, openCodesText(check.open, responder.languages));
      await this.publishReply.execute({
        sourceId: input.sourceId, responderId: responder.id, channel: input.channel, action: reply.kind, code: reply.code, text: input.text,
      });
      return check.ignoredCodes.length && reply.code ? copy.onlyFirstCode(reply.code, ACTION_WORD[reply.kind], check.ignoredCodes) : undefined;
    }
    if (!(await this.allowance.take(input.address))) return undefined;
    return input.channel === 'line' ? copy.lineHelp : copy.smsHelp;
  }
}
