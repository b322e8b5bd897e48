import type { z } from 'zod';
import { Summary, ValidBody } from '@rescue/platform';
import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { AllowedBeforeSecondFactor, tokenFrom } from '../auth.guard';
import { AuthedRequest } from '../authed-request';
import { ConfirmSecondFactor, SecondFactorConfirmation } from './confirm-second-factor';
import { RecoveryCodesRenewal, RenewRecoveryCodes } from './renew-recovery-codes';
import { SecondFactors } from './second-factors';
import { SetUpSecondFactor } from './set-up-second-factor';

/** The logged-in user's own authenticator app and recovery codes. */
@Controller('v1/auth/second-factor')
export class SecondFactorController {
  constructor(
    private readonly setUp: SetUpSecondFactor,
    private readonly confirm: ConfirmSecondFactor,
    private readonly renew: RenewRecoveryCodes,
    private readonly secondFactors: SecondFactors,
  ) {}

  @Get()
  @Summary('Whether your second factor is on, and how many recovery codes are left')
  @AllowedBeforeSecondFactor()
  async status(@Req() req: AuthedRequest) {
    const on = req.user.secondFactor === 'on';
    return { secondFactor: req.user.secondFactor, recoveryCodesLeft: on ? await this.secondFactors.recoveryCodesLeft(req.user.id) : 0 };
  }

  /** `{secret, uri, qr}`: scan the QR code (or type the secret) into an authenticator app, then confirm with a code. */
  @Post()
  @Summary('Start setting up an authenticator app: its secret and QR code')
  @AllowedBeforeSecondFactor()
  begin(@Req() req: AuthedRequest) {
    return this.setUp.execute(req.user);
  }

  /** `{code}` from the app: the second factor is on; answers the recovery codes, once. */
  @Post('confirm')
  @Summary('Confirm the authenticator with a code from it: the second factor is on; the recovery codes, once')
  @HttpCode(200)
  @AllowedBeforeSecondFactor()
  confirmed(@Req() req: AuthedRequest, @ValidBody(SecondFactorConfirmation) body: z.infer<typeof SecondFactorConfirmation>) {
    return this.confirm.execute(req.user, tokenFrom(req)!, body);
  }

  /** `{code}` (from the app, or a recovery code): new recovery codes in place of the old. */
  @Post('recovery-codes')
  @Summary('New recovery codes in place of the old (proved with a code)')
  @HttpCode(200)
  renewed(@Req() req: AuthedRequest, @ValidBody(RecoveryCodesRenewal) body: z.infer<typeof RecoveryCodesRenewal>) {
    return this.renew.execute(req.user, body);
  }
}
