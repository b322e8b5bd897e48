import { Body, Controller, Get, Headers, HttpCode, HttpException, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';
import { FaultInjector } from '../faults/fault-injector';
import { lineMessageId, requestId } from '../ids';
import { MessageStore } from '../messages/message-store';
import { requireLineAccessToken } from './line-access-token';
import { lineApiError, lineBodyError, lineFaultError } from './line-api-error';
import { isUuid, PushRequest, ReplyRequest } from './line-message-request';
import { lineMessageText } from './message-text';
import { LineProfiles } from './line-profiles';
import { MessageContents } from './message-contents';
import { ReplyTokens } from './reply-tokens';
import { RetryKeys } from './retry-keys';

/** The Messaging API endpoints the notifier and intake call, with LINE's checks and error shapes. */
@Controller('v2/bot')
export class LineApiController {
  constructor(
    @Inject(SANDBOX_CONFIG) private readonly config: SandboxConfig,
    private readonly store: MessageStore,
    private readonly faults: FaultInjector,
    private readonly retryKeys: RetryKeys,
    private readonly replyTokens: ReplyTokens,
    private readonly profiles: LineProfiles,
    private readonly contents: MessageContents,
  ) {}

  @Post('message/push')
  @HttpCode(200)
  async push(
    @Headers('authorization') authorization: string | undefined,
    @Headers('x-line-retry-key') retryKey: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    const request = this.begin(authorization, res);
    const parsed = PushRequest.safeParse(body);
    if (!parsed.success) throw lineBodyError(parsed.error.issues);
    if (retryKey !== undefined && !isUuid(retryKey)) throw lineApiError(400, "The value for the 'X-Line-Retry-Key' header is invalid");
    const { to, messages } = parsed.data;

    const fault = await this.faults.decide('line', to);
    if (fault.kind === 'blocked') {
      throw lineApiError(400, 'Failed to send messages', [{ message: 'The user has blocked this LINE Official Account', property: 'to' }]);
    }
    if (fault.kind === 'error') throw lineFaultError(fault.status);

    const sentMessages = messages.map(() => ({ id: lineMessageId(), quoteToken: requestId() }));
    const earlier = retryKey ? this.retryKeys.claim(retryKey, { requestId: request, sentMessages }) : undefined;
    if (earlier) {
      res.setHeader('x-line-accepted-request-id', earlier.requestId);
      throw new HttpException({ message: 'The retry key is already accepted', sentMessages: earlier.sentMessages }, 409);
    }
    messages.forEach((m, i) => this.store.record({ id: sentMessages[i].id, channel: 'line', to, text: lineMessageText(m), payload: body }));
    return { sentMessages };
  }

  @Post('message/reply')
  @HttpCode(200)
  async reply(@Headers('authorization') authorization: string | undefined, @Body() body: unknown, @Res({ passthrough: true }) res: Response) {
    this.begin(authorization, res);
    const parsed = ReplyRequest.safeParse(body);
    if (!parsed.success) throw lineBodyError(parsed.error.issues);
    const fault = await this.faults.decide('line');
    if (fault.kind === 'error') throw lineFaultError(fault.status);
    const to = this.replyTokens.redeem(parsed.data.replyToken);
    if (!to) throw lineApiError(400, 'Invalid reply token');
    const sentMessages = parsed.data.messages.map((m) => {
      const id = lineMessageId();
      this.store.record({ id, channel: 'line', to, text: lineMessageText(m), payload: body });
      return { id, quoteToken: requestId() };
    });
    return { sentMessages };
  }

  @Get('profile/:userId')
  async profile(@Headers('authorization') authorization: string | undefined, @Param('userId') userId: string, @Res({ passthrough: true }) res: Response) {
    this.begin(authorization, res);
    const profile = await this.profiles.profile(userId);
    if (!profile) throw lineApiError(404, 'Not found');
    return profile;
  }

  /** api-data.line.me's content endpoint: the bytes of an image a user sent, by message id. */
  @Get('message/:messageId/content')
  content(@Headers('authorization') authorization: string | undefined, @Param('messageId') messageId: string, @Res() res: Response) {
    this.begin(authorization, res);
    const content = this.contents.get(messageId);
    if (!content) throw lineApiError(404, 'Not found');
    res.status(200).setHeader('content-type', content.contentType);
    res.send(content.bytes);
  }

  /** Every answer carries a request id, as LINE's do; the token is checked before anything else. */
  private begin(authorization: string | undefined, res: Response): string {
    const id = requestId();
    res.setHeader('x-line-request-id', id);
    requireLineAccessToken(authorization, this.config.LINE_CHANNEL_ACCESS_TOKEN);
    return id;
  }
}
