import { Controller, Header, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import type { z } from 'zod';
import { twiml } from '@rescue/channels';
import { withoutControlCharacters } from '@rescue/domain';
import { Summary, ValidBody } from '@rescue/platform';
import { HandleInboundSms } from './handle-inbound-sms';
import { RecordDeliveryStatus } from './record-delivery-status';
import { InboundSmsForm, StatusCallbackForm } from './twilio-forms';
import { TwilioSignatureGuard } from './twilio-signature.guard';

@Controller('webhooks/twilio')
@UseGuards(TwilioSignatureGuard)
export class TwilioWebhookController {
  constructor(
    private readonly inboundSms: HandleInboundSms,
    private readonly deliveryStatus: RecordDeliveryStatus,
  ) {}

  /** Inbound SMS: a responder's reply or a public tip. The TwiML answer is the reply, if any. */
  @Post('sms')
  @Summary("Twilio's inbound SMS: a responder's reply or a public tip (the TwiML answer is the reply)")
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  async sms(@ValidBody(InboundSmsForm) form: z.infer<typeof InboundSmsForm>) {
    const reply = await this.inboundSms.execute({
      messageSid: form.MessageSid,
      from: form.From,
      // A phone can send a NUL or an escape; the message is kept, without them.
      text: withoutControlCharacters(form.Body),
      mediaCount: Number(form.NumMedia),
    });
    return twiml(reply);
  }

  /** Delivery status callbacks for the SMS the notifier sent. */
  @Post('status')
  @Summary("Twilio's delivery status callback for an SMS the notifier sent")
  @HttpCode(204)
  async status(@ValidBody(StatusCallbackForm) form: z.infer<typeof StatusCallbackForm>, @Query() query: Record<string, string>) {
    await this.deliveryStatus.execute({
      alertId: query.alertId,
      incidentId: query.incidentId,
      messageSid: form.MessageSid,
      status: form.MessageStatus,
      errorCode: form.ErrorCode,
    });
  }
}
