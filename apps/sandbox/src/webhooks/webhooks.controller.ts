import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { parseBody } from '@rescue/platform';
import { z } from 'zod';
import { InboundSms } from './inbound-sms';
import { LineWebhook } from './line-webhook';
import { LineWebhookRequest } from './line-webhook-request';

const SmsRequest = z.object({ from: z.string().min(1), body: z.string().min(1).max(1600) }).strict();

/** Webhooks as the providers send them, on demand: answers with intake's status and body. */
@Controller('__sandbox')
export class WebhooksController {
  constructor(
    private readonly sms: InboundSms,
    private readonly line: LineWebhook,
  ) {}

  @Post('sms')
  @HttpCode(200)
  sendSms(@Body() body: unknown) {
    return this.sms.send(parseBody(SmsRequest, body));
  }

  @Post('line')
  @HttpCode(200)
  sendLine(@Body() body: unknown) {
    return this.line.send(parseBody(LineWebhookRequest, body));
  }
}
