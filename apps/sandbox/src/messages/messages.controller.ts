import { BadRequestException, Controller, Delete, Get, HttpCode, Query } from '@nestjs/common';
import { InboundLog } from './inbound-log';
import { MessageStore } from './message-store';

@Controller('__sandbox')
export class MessagesController {
  constructor(
    private readonly store: MessageStore,
    private readonly inbound: InboundLog,
  ) {}

  /**
   * What each recipient received, oldest first; `to` is a phone number or LINE user id; `from` skips
   * that many of all the messages (a poller that read n asks for `from=n`).
   */
  @Get('messages')
  list(@Query('to') to?: string, @Query('channel') channel?: string, @Query('from') from?: string) {
    const skip = from === undefined ? 0 : Number(from);
    if (!Number.isInteger(skip) || skip < 0) throw new BadRequestException('from: a count of messages (0 or more)');
    return this.store.list({ to, channel, from: skip });
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
