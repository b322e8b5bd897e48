import { Controller, Get } from '@nestjs/common';
import { Summary } from '@rescue/platform';
import { Roles } from '../auth/auth.guard';
import { DeadLetteredTips } from './dead-lettered-tips';

/** Tips that were accepted but could not be processed, newest first: the console raises an alarm for each. */
@Controller('v1/dead-letters')
@Roles('admin', 'coordinator')
export class DeadLettersController {
  constructor(private readonly tips: DeadLetteredTips) {}

  @Get('tips')
  @Summary('Tips accepted but not processed, newest first')
  list() {
    return this.tips.list();
  }
}
