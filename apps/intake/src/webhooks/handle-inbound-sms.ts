import { Injectable } from '@nestjs/common';
import { isActionReply, parseResponderReply, ResponderReply } from '@rescue/domain';
import { ReceivePublicTip } from '../reports/receive-public-tip';
import { AnswerLinkRequest } from '../responders/answer-link-request';
import { AnswerResponder } from '../responders/answer-responder';
import { AnswerUnregisteredReply } from '../responders/answer-unregistered-reply';
import { LinkedResponders } from '../responders/linked-responders';
import { SmsOptOuts } from '../sms/sms-opt-outs';

export interface InboundSms {
  messageSid: string;
  from: string;
  text: string;
  mediaCount: number;
}

/**
 * An SMS from a linked responder's number is a reply; from anyone else it is a tip. STOP and START
 * are recorded and never answered (Twilio confirms them itself). A coded answer ("ACK 1") from an
 * unknown number is not a tip: the sender and the coordinators are told. Returns the text of the TwiML
 * answer: a receipt, a help text or a link confirmation, or nothing.
 */
@Injectable()
export class HandleInboundSms {
  constructor(
    private readonly responders: LinkedResponders,
    private readonly optOuts: SmsOptOuts,
    private readonly answerLink: AnswerLinkRequest,
    private readonly answerResponder: AnswerResponder,
    private readonly answerUnregistered: AnswerUnregisteredReply,
    private readonly receivePublicTip: ReceivePublicTip,
  ) {}

  async execute(sms: InboundSms): Promise<string | undefined> {
    const reply = parseResponderReply(sms.text);
    if (reply.kind === 'stop') {
      await this.optOuts.stop(sms.from);
      return undefined;
    }
    if (reply.kind === 'start') {
      await this.optOuts.start(sms.from);
      return undefined;
    }
    const mayReply = !(await this.optOuts.optedOut(sms.from));
    const answer = await this.answer(sms, reply, mayReply);
    return mayReply ? answer : undefined;
  }

  private async answer(sms: InboundSms, reply: ResponderReply, mayReply: boolean): Promise<string | undefined> {
    if (reply.kind === 'link') return this.answerLink.execute({ code: reply.code, channel: 'sms', address: sms.from });
    const responder = await this.responders.byPhone(sms.from);
    if (responder) {
      return this.answerResponder.execute({ responder, channel: 'sms', address: sms.from, sourceId: sms.messageSid, text: sms.text, reply });
    }
    // "ACK 1" is an answer to a page, not a report: a number the directory does not know sent it.
    if (isCodedAnswer(reply, sms.text)) return this.answerUnregistered.execute({ sourceId: sms.messageSid, from: sms.from, text: sms.text });
    const text = sms.text.trim() || (sms.mediaCount > 0 ? '[photo sent by MMS]' : '');
    if (!text) return undefined;
    const { receipt } = await this.receivePublicTip.execute({
      channel: 'sms', reporter: { phone: sms.from }, contact: sms.from, text, textIsPlaceholder: !sms.text.trim(),
      sourceId: sms.messageSid, mayReply,
    });
    return receipt;
  }
}

/** An answer with a reply code ("ACK 1", "A1", "NO 2"); a lone number or a bare "no" from the public stays a tip. */
function isCodedAnswer(reply: ResponderReply, text: string): boolean {
  return isActionReply(reply) && reply.code !== undefined && !/^\s*\d+\s*$/.test(text);
}
