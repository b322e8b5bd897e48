import { TwilioClient } from './twilio-client';
import { toTwilioProviderError } from './twilio-provider-error';

export interface SmsRequest {
  from: string;
  to: string;
  body: string;
  /** Twilio posts delivery status (sent, delivered, failed, undelivered) here, signed. */
  statusCallback?: string;
}

export interface SmsAccepted {
  sid: string;
  status: string;
}

/** Hands one SMS to Twilio; a refusal becomes a ProviderError that says whether to retry. */
export async function sendSms(client: TwilioClient, request: SmsRequest): Promise<SmsAccepted> {
  try {
    const message = await client.messages.create({
      from: request.from,
      to: request.to,
      body: request.body,
      ...(request.statusCallback ? { statusCallback: request.statusCallback } : {}),
    });
    return { sid: message.sid, status: message.status };
  } catch (err) {
    throw toTwilioProviderError(err);
  }
}
