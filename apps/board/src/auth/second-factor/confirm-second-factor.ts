import { BadRequestException, ConflictException, Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { Database } from '@rescue/persistence';
import { Clock, Sealer } from '@rescue/platform';
import { BoardUser, Sessions } from '../sessions';
import { RecoveryCodes } from './recovery-codes-store';
import { acceptedStep } from './totp';

export const SecondFactorConfirmation = z.object({ code: z.string().trim().min(1).max(20) }).strict();

/**
 * The second half: a code from the app proves it holds the pending secret, which becomes the
 * account's. The user gets their recovery codes (shown once), and every other session of theirs ends
 * (they were started with the password alone).
 */
@Injectable()
export class ConfirmSecondFactor {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly sealer: Sealer,
    private readonly clock: Clock,
    private readonly sessions: Sessions,
    private readonly recoveryCodes: RecoveryCodes,
  ) {}

  async execute(user: BoardUser, currentToken: string, body: z.infer<typeof SecondFactorConfirmation>): Promise<{ recoveryCodes: string[] }> {
    const { code } = body;
    const row = await this.db.one<{ pending: string | null; enabled: Date | null }>(
      'SELECT totp_pending_sealed AS pending, totp_enabled_at AS enabled FROM users WHERE id = $1', [user.id],
    );
    if (row?.enabled) throw new ConflictException('a second factor is already set up');
    if (!row?.pending) throw new ConflictException('no authenticator is being set up: POST /v1/auth/second-factor first');
    const step = acceptedStep(this.sealer.open<string>(row.pending), code, this.clock.now(), null);
    if (step === undefined) throw new BadRequestException('code: not the code the authenticator app shows now');
    const recoveryCodes = await this.db.tx(async (client) => {
      const enabled = await client.query(
        `UPDATE users SET totp_secret_sealed = totp_pending_sealed, totp_pending_sealed = NULL, totp_enabled_at = now(), totp_last_step = $2
         WHERE id = $1 AND totp_enabled_at IS NULL AND totp_pending_sealed = $3`,
        [user.id, step, row.pending],
      );
      if (!enabled.rowCount) throw new ConflictException('the authenticator being set up changed meanwhile; start again');
      return this.recoveryCodes.replace(client, user.id, 'auth.second-factor-enabled');
    });
    await this.sessions.endAllOf(user.id, currentToken);
    return { recoveryCodes };
  }
}
