import { Inject, Injectable } from '@nestjs/common';
import { AlertRaised } from '@rescue/contracts';
import { createTwilioClient, renderNotice, renderPage, sendSms } from '@rescue/channels';
import { NOTIFIER_CONFIG, NotifierConfig } from '../config';

/** Sends an alert as an SMS through the real Twilio SDK (pointed at the sandbox in development). */
@Injectable()
export class SmsSender {
  private readonly client: ReturnType<typeof createTwilioClient>;

  constructor(@Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig) {
    this.client = createTwilioClient({
      accountSid: config.TWILIO_ACCOUNT_SID,
      authToken: config.TWILIO_AUTH_TOKEN,
      apiBaseUrl: config.TWILIO_API_BASE_URL,
    });
  }

  async send(alert: AlertRaised): Promise<string> {
    const callback = new URL('/webhooks/twilio/status', this.config.INTAKE_PUBLIC_URL);
    callback.searchParams.set('alertId', alert.alertId);
    callback.searchParams.set('incidentId', alert.incidentId);
    const { sid } = await sendSms(this.client, {
      from: this.config.TWILIO_FROM_NUMBER,
      to: alert.to,
      body: render(alert).sms,
      statusCallback: callback.toString(),
    });
    return sid;
  }

  /** A plain SMS that is not an alert (a reporter's case news): no status callback. */
  async sendText(to: string, body: string): Promise<string> {
    const { sid } = await sendSms(this.client, { from: this.config.TWILIO_FROM_NUMBER, to, body });
    return sid;
  }
}

export function render(alert: AlertRaised) {
  const m = alert.message;
  return alert.kind === 'page'
    ? renderPage({ language: alert.language, priority: m.priority, district: m.district, summary: m.summary, code: m.code, alertId: alert.alertId, drill: m.drill })
    : renderNotice({ language: alert.language, notice: m.notice ?? '', drill: m.drill });
}
