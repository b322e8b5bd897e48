import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { parseBody } from '@rescue/platform';
import { FaultInjector } from './fault-injector';
import { FaultPlan } from './fault-plan';

@Controller('__sandbox/faults')
export class FaultsController {
  constructor(private readonly faults: FaultInjector) {}

  /** Replaces the plan for one channel. */
  @Post()
  @HttpCode(200)
  set(@Body() body: unknown) {
    this.faults.set(parseBody(FaultPlan, body));
    return this.faults.active();
  }

  @Get()
  list() {
    return this.faults.active();
  }

  @Delete()
  @HttpCode(204)
  clear(@Query('channel') channel?: string) {
    this.faults.clear(channel === 'sms' || channel === 'line' ? channel : undefined);
  }
}
