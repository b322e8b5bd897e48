import { Inject, Injectable } from '@nestjs/common';
import { AlertRaised } from '@rescue/contracts';
import { createLineClient, pushMessage } from '@rescue/channels';
import { NOTIFIER_CONFIG, NotifierConfig } from '../config';
import { render } from './sms-sender';

/** Pushes an alert over LINE; the retry key (from the alert id) makes a retried push show once. */
@Injectable()
export class LineSender {
  private readonly client: ReturnType<typeof createLineClient>;

  constructor(@Inject(NOTIFIER_CONFIG) config: NotifierConfig) {
    this.client = createLineClient({ channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN, baseURL: config.LINE_API_BASE_URL });
  }

  async send(alert: AlertRaised): Promise<string> {
    await pushMessage(this.client, { to: alert.to, messages: render(alert).line, deliveryId: alert.alertId });
    return alert.alertId;
  }

  /** A plain text push that is not an alert; `deliveryId` names it for the retry key. */
  async pushText(to: string, text: string, deliveryId: string): Promise<void> {
    await pushMessage(this.client, { to, messages: [{ type: 'text', text }], deliveryId });
  }
}
