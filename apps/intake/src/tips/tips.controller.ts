import { Controller, Headers, HttpCode, Post, UseGuards, UsePipes } from '@nestjs/common';
import { Answers, PlainInputPipe, Summary, ValidBody } from '@rescue/platform';
import { OperatorKeyGuard } from '../auth/operator-key.guard';
import { ClaimIdempotencyKey } from './claim-idempotency-key';
import { OperatorTipSubmission } from './operator-tip-submission';
import { SubmitTip } from './submit-tip';

/** Whose Idempotency-Keys these are: the holder of the operator key (the board scopes its own per user). */
const OPERATOR_SCOPE = 'operator-api';

@Controller('v1/tips')
@UseGuards(OperatorKeyGuard)
export class TipsController {
  constructor(
    private readonly submitTip: SubmitTip,
    private readonly claimKey: ClaimIdempotencyKey,
  ) {}

  /**
   * 202 only after JetStream stored the tip. `Idempotency-Key` makes a client retry return the same
   * tipId; the key reused for a different tip is a 409. A control character (a NUL) or a district that is not one of the 18 is a 400 naming the field.
   */
  @Post()
  @Answers({ '409': 'The Idempotency-Key was used for a different tip' })
  @Summary('Submit a tip from the hotline (202 once stored; Idempotency-Key makes a retry the same tip)')
  @HttpCode(202)
  @UsePipes(PlainInputPipe)
  async submit(@ValidBody(OperatorTipSubmission) tip: OperatorTipSubmission, @Headers('idempotency-key') idempotencyKey?: string) {
    const key = idempotencyKey?.trim().slice(0, 200);
    const sourceId = key ? await this.claimKey.execute({ scope: OPERATOR_SCOPE, key, tip }) : undefined;
    const { tipId } = await this.submitTip.execute({ ...tip, sourceId });
    return { tipId };
  }
}
