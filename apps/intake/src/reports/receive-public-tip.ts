import { Inject, Injectable } from '@nestjs/common';
import { Location, Reporter } from '@rescue/contracts';
import { Sealer } from '@rescue/platform';
import { SubmitTip, tipIdFor } from '../tips/submit-tip';
import { RECEIPT_COPY } from './receipt-copy';
import { ReportLanguage, reportLanguage } from './report-language';
import { ReportThread } from './report-thread';

export interface PublicMessage {
  channel: 'line' | 'sms';
  /** The LINE user id or phone number: sealed into the tip, never in its text. */
  reporter: Reporter;
  contact: string;
  text: string;
  /** True when the text is ours (a photo, a shared location), not the reporter's words. */
  textIsPlaceholder?: boolean;
  /** Their language by other means (a LINE profile), for a message whose text says nothing of it. */
  languageHint?: ReportLanguage;
  location?: Location;
  /** The provider's id of the message (LINE webhookEventId, Twilio MessageSid). */
  sourceId: string;
  /** False when nothing may be sent back (the number sent STOP). */
  mayReply: boolean;
}

/**
 * A message from a member of the public becomes a tip of their report: it carries the report's case
 * reference, so triage joins the pieces of one report into one incident. Returns the receipt to send
 * back, in the reporter's language: the full one when the report starts, a short one now and then
 * for follow-ups, none while the reporter is typing the rest.
 */
@Injectable()
export class ReceivePublicTip {
  constructor(
    private readonly submitTip: SubmitTip,
    private readonly thread: ReportThread,
    @Inject(Sealer) private readonly sealer: Sealer,
  ) {}

  async execute(message: PublicMessage): Promise<{ tipId: string; reference: string; receipt?: string }> {
    const reporterKey = this.sealer.pseudonym(message.contact);
    const language = message.textIsPlaceholder ? (message.languageHint ?? null) : reportLanguage(message.text);
    const position = await this.thread.execute({ reporterKey, tipId: tipIdFor(message.channel, message.sourceId), text: message.text, language });
    const { tipId } = await this.submitTip.execute({
      channel: message.channel,
      text: message.text,
      language: language ?? position.language ?? undefined,
      location: message.location,
      reporter: message.reporter,
      sourceId: message.sourceId,
      caseRef: position.reference,
    }, { keepIfNatsDown: true });
    const copy = RECEIPT_COPY[position.language ?? language ?? 'th'];
    const receipt = !message.mayReply
      ? undefined
      : position.started
        ? copy.received(position.reference)
        : position.acknowledgeFollowUp
          ? copy.added(position.reference)
          : undefined;
    if (receipt) await this.thread.receiptSent(reporterKey);
    return { tipId, reference: position.reference, receipt };
  }
}
