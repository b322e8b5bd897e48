import { Controller, Delete, Get, HttpCode, Query } from '@nestjs/common';
import { InboundLog } from './inbound-log';
import { MessageStore } from './message-store';

@Controller('__sandbox')
export class MessagesController {
  constructor(
    private readonly store: MessageStore,
    private readonly inbound: InboundLog,
  ) {}

  /** What each recipient received, oldest first; `to` is a phone number or LINE user id. */
  @Get('messages')
  list(@Query('to') to?: string, @Query('channel') channel?: string) {
    return this.store.list({ to, channel });
  }

  @Delete('messages')
  @HttpCode(204)
  clear() {
    this.store.clear();
    this.inbound.clear();
  }

  /** What simulated phones sent (SMS and LINE), with intake's answer status. */
  @Get('inbound')
  inboundMessages(@Query('from') from?: string) {
    return this.inbound.list(from);
  }
}
