import { Inject, Injectable, Logger } from '@nestjs/common';
import { LineEventReceived } from '@rescue/contracts';
import { parsePostbackData, parseResponderReply, withoutControlCharacters } from '@rescue/domain';
import { Sealer } from '@rescue/platform';
import { ReceivePublicTip } from '../reports/receive-public-tip';
import { PublishResponderReply } from '../replies/publish-responder-reply';
import { AnswerLinkRequest } from '../responders/answer-link-request';
import { AnswerResponder } from '../responders/answer-responder';
import { LinkedResponders } from '../responders/linked-responders';
import { LineEventsHandled } from './line-events-handled';
import { welcomeLanguage, welcomeText } from '../reports/welcome-copy';
import { LineProfileLanguage } from './line-profile-language';
import { LineReplier } from './line-replier';
import { SaveLineMedia } from './save-line-media';
import { LineWebhookEvent } from './line-webhook-event';
import { publicLineContent } from './public-line-content';

interface LineAnswer {
  text: string;
  /**
   * A receipt is the reporter's proof that we heard them: when the reply token has expired (the
   * event waited in the inbox while NATS was down), it is pushed instead, once (retry key).
   */
  pushIfReplyFails?: boolean;
}

const plain = (text: string | undefined): LineAnswer | undefined => (text ? { text } : undefined);

/**
 * One stored LINE event. From a linked responder: a button (postback) or a typed answer becomes a
 * reply for dispatch. From anyone else: a message is a piece of a tip, answered with a receipt by
 * reply token; a button is refused (it was not sent to them). "LINK <code>" links any sender.
 * Whoever adds the account (follow) is welcomed in the language of their LINE app.
 */
@Injectable()
export class HandleLineEvent {
  private readonly logger = new Logger(HandleLineEvent.name);

  constructor(
    @Inject(Sealer) private readonly sealer: Sealer,
    private readonly handled: LineEventsHandled,
    private readonly responders: LinkedResponders,
    private readonly answerLink: AnswerLinkRequest,
    private readonly answerResponder: AnswerResponder,
    private readonly publishReply: PublishResponderReply,
    private readonly receivePublicTip: ReceivePublicTip,
    private readonly replier: LineReplier,
    private readonly profileLanguage: LineProfileLanguage,
    private readonly saveMedia: SaveLineMedia,
  ) {}

  async execute(received: LineEventReceived): Promise<void> {
    if (await this.handled.seen(received.webhookEventId)) return;
    const event = this.sealer.open<LineWebhookEvent>(received.sealedEvent);
    const userId = event.source?.userId;
    const answer = userId ? await this.answer(event, userId) : undefined;
    if (answer && userId) {
      const replied = await this.replier.reply(event.replyToken, answer.text);
      if (!replied && answer.pushIfReplyFails) await this.replier.push(userId, answer.text, `receipt-${event.webhookEventId}`);
    }
    await this.handled.mark(received.webhookEventId);
  }

  private async answer(event: LineWebhookEvent, userId: string): Promise<LineAnswer | undefined> {
    if (event.type === 'follow') return plain(welcomeText(await this.profileLanguage.of(userId)));
    if (event.type === 'postback' && event.postback) return this.button(event, userId, event.postback.data);
    if (event.type !== 'message' || !event.message) return undefined;
    const typed = withoutControlCharacters(event.message.text ?? '');
    const reply = event.message.type === 'text' ? parseResponderReply(typed) : undefined;
    if (reply?.kind === 'link') return plain(await this.answerLink.execute({ code: reply.code, channel: 'line', address: userId }));
    const responder = await this.responders.byLineUserId(userId);
    if (responder) {
      if (!reply) return undefined; // a responder's photo or location is not an answer to anything
      return plain(
        await this.answerResponder.execute({
          responder, channel: 'line', address: userId, sourceId: event.webhookEventId, text: typed, reply,
        }),
      );
    }
    const content = publicLineContent(event.message);
    if (!content) return undefined;
    if (content.placeholder && event.message.type !== 'location' && event.message.contentProvider?.type !== 'external') {
      await this.saveMedia.execute({ messageId: event.message.id, reporterKey: this.sealer.pseudonym(userId) });
    }
    // A photo or a place says nothing of the sender's language; their LINE app may.
    const languageHint = content.placeholder ? welcomeLanguage(await this.profileLanguage.of(userId)) : undefined;
    const { receipt } = await this.receivePublicTip.execute({
      channel: 'line', reporter: { lineUserId: userId }, contact: userId, text: content.text, textIsPlaceholder: content.placeholder,
      languageHint, location: content.location, sourceId: event.webhookEventId, mayReply: true,
    });
    return receipt ? { text: receipt, pushIfReplyFails: true } : undefined;
  }

  private async button(event: LineWebhookEvent, userId: string, data: string): Promise<undefined> {
    const action = parsePostbackData(data);
    const responder = await this.responders.byLineUserId(userId);
    if (!responder || action.kind === 'unknown') {
      this.logger.warn(`LINE postback ${event.webhookEventId} refused: ${responder ? `unknown data "${data}"` : 'sender is not a linked responder'}`);
      return undefined;
    }
    await this.publishReply.execute({ sourceId: event.webhookEventId, responderId: responder.id, channel: 'line', action: action.kind, alertId: action.alertId });
    return undefined;
  }
}
