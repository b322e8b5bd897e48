import { Inject, Injectable } from '@nestjs/common';
import { ResponderReplied, Subjects } from '@rescue/contracts';
import { parseResponderReply } from '@rescue/domain';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { SubmitTip } from '../tips/submit-tip';

const HELP = 'Reply ACK <code> to accept, NO <code> to decline, ARRIVED <code> on arrival. / ตอบ ACK <รหัส> เพื่อรับเรื่อง';

/**
 * An SMS from a linked responder's number is a reply; from anyone else it is a tip. Replies are
 * published as facts and dispatch decides what they mean (which alert the code names, whether the
 * role is still open).
 */
@Injectable()
export class HandleInboundSms {
  constructor(
    private readonly publisher: JetStreamPublisher,
    private readonly submitTip: SubmitTip,
    @Inject(Database) private readonly db: Database,
  ) {}

  async execute(sms: { messageSid: string; from: string; text: string }): Promise<string | undefined> {
    const responder = await this.db.one<{ id: string }>('SELECT id FROM responders WHERE sms = $1', [sms.from]);
    if (!responder) {
      await this.submitTip.execute({ channel: 'sms', text: sms.text, reporter: { phone: sms.from }, sourceId: sms.messageSid });
      return 'Thank you, your report was received. / ได้รับข้อมูลของท่านแล้ว ขอบคุณครับ';
    }
    const reply = parseResponderReply(sms.text);
    if (reply.kind !== 'accept' && reply.kind !== 'decline' && reply.kind !== 'arrived') return HELP;
    const event: ResponderReplied = {
      replyId: sms.messageSid,
      responderId: responder.id,
      channel: 'sms',
      action: reply.kind,
      code: reply.code,
      text: sms.text,
      at: new Date().toISOString(),
    };
    await this.publisher.publish(Subjects.responderReplied, event, `reply-${sms.messageSid}`);
    return undefined;
  }
}
