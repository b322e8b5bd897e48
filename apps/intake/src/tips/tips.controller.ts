import { Body, Controller, Headers, HttpCode, Post, UseGuards } from '@nestjs/common';
import { TipSubmission } from '@rescue/contracts';
import { OperatorKeyGuard } from '../auth/operator-key.guard';
import { parseBody } from '@rescue/platform';
import { SubmitTip } from './submit-tip';

@Controller('v1/tips')
@UseGuards(OperatorKeyGuard)
export class TipsController {
  constructor(private readonly submitTip: SubmitTip) {}

  /** 202 only after JetStream stored the tip. `Idempotency-Key` makes a client retry return the same tipId. */
  @Post()
  @HttpCode(202)
  async submit(@Body() body: unknown, @Headers('idempotency-key') idempotencyKey?: string) {
    const tip = parseBody(TipSubmission, body);
    const { tipId } = await this.submitTip.execute({ ...tip, sourceId: idempotencyKey });
    return { tipId };
  }
}
