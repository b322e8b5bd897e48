import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { Database } from '@rescue/persistence';
import type { BoardUser } from '../sessions';
import { RecoveryCodes } from './recovery-codes-store';
import { SecondFactors } from './second-factors';

export const RecoveryCodesRenewal = z.object({ code: z.string().trim().min(1).max(40) }).strict();

/** New recovery codes (the old ones stop working), for a user who proves the second factor again. */
@Injectable()
export class RenewRecoveryCodes {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly secondFactors: SecondFactors,
    private readonly recoveryCodes: RecoveryCodes,
  ) {}

  async execute(user: BoardUser, body: z.infer<typeof RecoveryCodesRenewal>): Promise<{ recoveryCodes: string[] }> {
    const { code } = body;
    if (!(await this.secondFactors.prove(user.id, code))) throw new BadRequestException('code: wrong or already used');
    return { recoveryCodes: await this.db.tx((client) => this.recoveryCodes.replace(client, user.id, 'auth.recovery-codes-renewed')) };
  }
}
