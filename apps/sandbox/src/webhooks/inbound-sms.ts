import { Inject, Injectable } from '@nestjs/common';
import { signTwilioRequest, smsSegments } from '@rescue/channels';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';
import { twilioSid } from '../ids';
import { InboundLog } from '../messages/inbound-log';
import { MessageStore } from '../messages/message-store';
import { IntakeAnswer, IntakePoster } from './intake-poster';
import { twimlMessages } from './twiml-messages';

const PATH = '/webhooks/twilio/sms';

/**
 * An SMS from a simulated phone, delivered to intake as Twilio delivers it: form-encoded with
 * Twilio's fields, signed over the public intake URL. A TwiML reply is "sent" back to the phone.
 */
@Injectable()
export class InboundSms {
  constructor(
    @Inject(SANDBOX_CONFIG) private readonly config: SandboxConfig,
    private readonly intake: IntakePoster,
    private readonly store: MessageStore,
    private readonly inbound: InboundLog,
  ) {}

  async send(sms: { from: string; body: string }): Promise<IntakeAnswer & { messageSid: string }> {
    const sid = twilioSid('SM');
    const params: Record<string, string> = {
      ToCountry: 'US',
      SmsMessageSid: sid,
      NumMedia: '0',
      SmsSid: sid,
      SmsStatus: 'received',
      Body: sms.body,
      To: this.config.TWILIO_FROM_NUMBER,
      NumSegments: String(smsSegments(sms.body)),
      MessageSid: sid,
      AccountSid: this.config.TWILIO_ACCOUNT_SID,
      From: sms.from,
      ApiVersion: '2010-04-01',
    };
    const publicUrl = `${this.config.INTAKE_PUBLIC_URL.replace(/\/+$/, '')}${PATH}`;
    const answer = await this.intake.post(PATH, new URLSearchParams(params).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signTwilioRequest(this.config.TWILIO_AUTH_TOKEN, publicUrl, params),
      'user-agent': 'TwilioProxy/1.1',
    });
    this.inbound.record({ id: sid, channel: 'sms', from: sms.from, text: sms.body, intakeStatus: answer.status });
    if (answer.status < 300 && typeof answer.body === 'string') {
      for (const text of twimlMessages(answer.body)) {
        this.store.record({ id: twilioSid('SM'), channel: 'sms', to: sms.from, text, payload: answer.body });
      }
    }
    return { ...answer, messageSid: sid };
  }
}
