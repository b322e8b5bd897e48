import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { signTwilioRequest } from '@rescue/channels';
import { httpRequest } from '@rescue/platform';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';

/** When each status is reported after the message was accepted: "shortly after", like Twilio. */
const STEPS_MS = { sent: 100, final: 250 };

/** Twilio's error codes for messages that never reached the handset. */
const FINAL_ERRORS: Record<string, string> = { undelivered: '30003', failed: '30008' };

export interface AcceptedSms {
  sid: string;
  from: string;
  to: string;
  callbackUrl: string;
}

/**
 * Posts the status callbacks Twilio would send for an accepted message (`sent`, then `delivered`, or
 * the failure a fault asked for), form-encoded and signed with X-Twilio-Signature over the exact URL.
 */
@Injectable()
export class StatusCallbacks implements OnModuleDestroy {
  private readonly logger = new Logger(StatusCallbacks.name);
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(@Inject(SANDBOX_CONFIG) private readonly config: SandboxConfig) {}

  schedule(sms: AcceptedSms, finalStatus: 'delivered' | 'failed' | 'undelivered'): void {
    this.later(STEPS_MS.sent, () => this.post(sms, 'sent'));
    this.later(STEPS_MS.final, () => this.post(sms, finalStatus));
  }

  private later(ms: number, fn: () => Promise<void>) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void fn();
    }, ms);
    this.timers.add(timer);
  }

  private async post(sms: AcceptedSms, status: string): Promise<void> {
    const params: Record<string, string> = {
      SmsSid: sms.sid,
      SmsStatus: status,
      MessageStatus: status,
      To: sms.to,
      MessageSid: sms.sid,
      AccountSid: this.config.TWILIO_ACCOUNT_SID,
      From: sms.from,
      ApiVersion: '2010-04-01',
      ...(FINAL_ERRORS[status] ? { ErrorCode: FINAL_ERRORS[status] } : {}),
    };
    try {
      const headers = {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': signTwilioRequest(this.config.TWILIO_AUTH_TOKEN, sms.callbackUrl, params),
        'user-agent': 'TwilioProxy/1.1',
      };
      const res = await httpRequest(sms.callbackUrl, { method: 'POST', headers, body: new URLSearchParams(params).toString(), timeoutMs: 10_000 });
      if (res.status < 200 || res.status > 299) this.logger.warn(`status callback ${status} for ${sms.sid}: HTTP ${res.status}`);
    } catch (err) {
      this.logger.warn(`status callback ${status} for ${sms.sid} failed: ${(err as Error).message}`);
    }
  }

  onModuleDestroy() {
    this.timers.forEach(clearTimeout);
    this.timers.clear();
  }
}
