import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { signLineBody } from '@rescue/channels';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';
import { LineProfiles } from '../line/line-profiles';
import { MessageContents, SAMPLE_IMAGE } from '../line/message-contents';
import { ReplyTokens } from '../line/reply-tokens';
import { InboundLog } from '../messages/inbound-log';
import { IntakeAnswer, IntakePoster } from './intake-poster';
import { lineEvent } from './line-event';
import { LineWebhookRequest } from './line-webhook-request';

const PATH = '/webhooks/line';

/**
 * Delivers a LINE webhook to intake as LINE does: `{destination, events}`, signed with
 * x-line-signature over the exact bytes sent, with a reply token the sandbox will honour once.
 * Redeliveries resend the same event (same webhookEventId) flagged `isRedelivery: true`.
 */
@Injectable()
export class LineWebhook {
  private readonly destination: string;

  constructor(
    @Inject(SANDBOX_CONFIG) private readonly config: SandboxConfig,
    private readonly intake: IntakePoster,
    private readonly replyTokens: ReplyTokens,
    private readonly profiles: LineProfiles,
    private readonly inbound: InboundLog,
    private readonly contents: MessageContents,
  ) {
    // The bot's own user id: stable for a channel, like LINE's.
    this.destination = `U${createHash('sha256').update(config.LINE_CHANNEL_SECRET).digest('hex').slice(0, 32)}`;
  }

  async send(request: LineWebhookRequest) {
    if (request.type !== 'unfollow') this.profiles.befriend(request.from, request.language);
    const replyToken = request.type === 'unfollow' ? undefined : this.replyTokens.issue(request.from);
    const event = lineEvent(request, replyToken);
    const message = event.message as { id: string; type: string } | undefined;
    if (message?.type === 'image' && request.image) {
      const bytes = request.image.base64 ? Buffer.from(request.image.base64, 'base64') : SAMPLE_IMAGE;
      this.contents.put(message.id, { contentType: request.image.base64 ? request.image.contentType : 'image/png', bytes });
    }
    const answer = await this.deliver(event);
    this.inbound.record({
      id: String(event.webhookEventId),
      channel: 'line',
      from: request.from,
      text: request.text ?? (request.data ? `[${request.data}]` : request.location ? '(location)' : request.image ? '(photo)' : `(${request.type})`),
      intakeStatus: answer.status,
    });
    const redeliveries: IntakeAnswer[] = [];
    for (let i = 0; i < (request.redeliver ?? 0); i++) {
      redeliveries.push(await this.deliver({ ...event, deliveryContext: { isRedelivery: true } }));
    }
    return { ...answer, event: { webhookEventId: event.webhookEventId, replyToken, messageId: message?.id }, redeliveries };
  }

  private deliver(event: Record<string, unknown>): Promise<IntakeAnswer> {
    const body = JSON.stringify({ destination: this.destination, events: [event] });
    return this.intake.post(PATH, body, {
      'content-type': 'application/json; charset=utf-8',
      'x-line-signature': signLineBody(this.config.LINE_CHANNEL_SECRET, body),
      'user-agent': 'LineBotWebhook/2.0',
    });
  }
}
