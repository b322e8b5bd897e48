import { Body, Controller, Headers, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { twilioSid } from '../ids';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';
import { FaultInjector } from '../faults/fault-injector';
import { MessageStore } from '../messages/message-store';
import { messageResource } from './message-resource';
import { StatusCallbacks } from './status-callbacks';
import { twilioApiError, twilioFaultError } from './twilio-api-error';
import { twilioCredentialsValid } from './twilio-credentials';

const E164 = /^\+[1-9]\d{6,14}$/;
const MAX_BODY = 1600;

/** The one Twilio REST endpoint the notifier uses, with Twilio's checks, errors and callbacks. */
@Controller('2010-04-01/Accounts/:accountSid')
export class TwilioApiController {
  constructor(
    @Inject(SANDBOX_CONFIG) private readonly config: SandboxConfig,
    private readonly store: MessageStore,
    private readonly faults: FaultInjector,
    private readonly callbacks: StatusCallbacks,
  ) {}

  @Post('Messages.json')
  @HttpCode(201)
  async create(@Param('accountSid') accountSid: string, @Headers('authorization') authorization: string | undefined, @Body() form: Record<string, string>) {
    const account = { sid: this.config.TWILIO_ACCOUNT_SID, authToken: this.config.TWILIO_AUTH_TOKEN };
    if (!twilioCredentialsValid(authorization, account, accountSid)) throw twilioApiError(401, 20003, 'Authentication Error - invalid username');
    const { To: to, From: from, Body: body = '', StatusCallback: callbackUrl } = form ?? {};
    if (!to) throw twilioApiError(400, 21604, "A 'To' phone number is required.");
    if (!from && !form.MessagingServiceSid) throw twilioApiError(400, 21603, "A 'From' phone number is required.");
    if (!body) throw twilioApiError(400, 21602, 'Message body is required.');
    if (!E164.test(to)) throw twilioApiError(400, 21211, `Invalid 'To' Phone Number: ${to}`);
    if (body.length > MAX_BODY) throw twilioApiError(400, 21617, 'The concatenated message body exceeds the 1600 character limit.');

    const fault = await this.faults.decide('sms', to);
    if (fault.kind === 'blocked') throw twilioApiError(400, 21610, 'Attempt to send to unsubscribed recipient');
    if (fault.kind === 'error') throw twilioFaultError(fault.status);

    const sid = twilioSid('SM');
    const sender = from ?? this.config.TWILIO_FROM_NUMBER;
    const finalStatus = this.faults.deliveryStatus('sms') ?? 'delivered';
    // "What each recipient received": a message that will end undelivered never reached the phone.
    if (finalStatus === 'delivered') this.store.record({ id: sid, channel: 'sms', to, text: body, payload: form });
    if (callbackUrl) this.callbacks.schedule({ sid, from: sender, to, callbackUrl }, finalStatus);
    return messageResource({ sid, accountSid, from: sender, to, body, status: 'queued' });
  }
}
