import { Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { Summary, ValidBody } from '@rescue/platform';
import { LineSignatureGuard } from './line-signature.guard';
import { LineWebhookBody } from './line-webhook-body';
import { StoreLineEvents } from './store-line-events';

@Controller('webhooks/line')
@UseGuards(LineSignatureGuard)
export class LineWebhookController {
  constructor(private readonly storeEvents: StoreLineEvents) {}

  /** 200 as soon as the events are durable (JetStream, or the inbox while NATS is down); handled after. */
  @Post()
  @Summary("LINE's webhook: events stored at once, handled after")
  @HttpCode(200)
  async receive(@ValidBody(LineWebhookBody) body: LineWebhookBody) {
    await this.storeEvents.execute(body);
    return {};
  }
}
