import { Injectable } from '@nestjs/common';
import { Subjects, UnregisteredReply } from '@rescue/contracts';
import { deterministicId } from '@rescue/messaging';
import { KeepingPublisher } from '../inbox/keeping-publisher';

/** The sender is nobody we know: both languages. */
export const NOT_REGISTERED =
  'หมายเลขนี้ไม่ได้ลงทะเบียนเป็นผู้ปฏิบัติงาน ผู้ประสานงานได้รับแจ้งแล้ว / This number is not registered as a responder; the coordinators have been told. If you meant to report something, send it in words.';

/**
 * "ACK 1" from a phone no responder has: an officer on a new phone, or a number mistyped in the
 * directory. Filing it as a public tip would answer with a case reference and page nobody; instead
 * the sender is told, and the coordinators see it on the board (masked: the live stream carries no
 * phone numbers) so they can fix the directory.
 */
@Injectable()
export class AnswerUnregisteredReply {
  constructor(private readonly publisher: KeepingPublisher) {}

  async execute(input: { sourceId: string; from: string; text: string }): Promise<string> {
    const replyId = deterministicId('sms', input.sourceId);
    const event: UnregisteredReply = { replyId, channel: 'sms', from: `…${input.from.slice(-4)}`, text: input.text.slice(0, 160), at: new Date().toISOString() };
    await this.publisher.publish(Subjects.unregisteredReply, event, `unregistered-${replyId}`);
    return NOT_REGISTERED;
  }
}
