import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { Clock, Sealer } from '@rescue/platform';
import { recoveryCodeHash } from './recovery-codes';
import { acceptedStep, looksLikeTotp } from './totp';

/** How a second factor was proven. */
export type SecondFactorProof = 'totp' | 'recovery-code';

/**
 * Whether a code proves a board account's second factor.
 * A TOTP code is accepted once (its time step is recorded atomically, so two logins racing with one
 * code do not both pass); a recovery code is spent when used.
 */
@Injectable()
export class SecondFactors {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly sealer: Sealer,
    private readonly clock: Clock,
  ) {}

  async prove(userId: string, code: string): Promise<SecondFactorProof | undefined> {
    if (looksLikeTotp(code)) {
      const row = await this.db.one<{ secret: string; last: string | null }>(
        'SELECT totp_secret_sealed AS secret, totp_last_step AS last FROM users WHERE id = $1 AND totp_enabled_at IS NOT NULL', [userId],
      );
      if (!row) return undefined;
      const step = acceptedStep(this.sealer.open<string>(row.secret), code, this.clock.now(), row.last === null ? null : Number(row.last));
      if (step === undefined) return undefined;
      const spent = await this.db.query(
        'UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id', [userId, step],
      );
      return spent.length ? 'totp' : undefined;
    }
    const spent = await this.db.query(
      'UPDATE user_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING user_id',
      [userId, recoveryCodeHash(code)],
    );
    return spent.length ? 'recovery-code' : undefined;
  }

  async recoveryCodesLeft(userId: string): Promise<number> {
    const row = await this.db.one<{ n: number }>('SELECT count(*)::int AS n FROM user_recovery_codes WHERE user_id = $1 AND used_at IS NULL', [userId]);
    return row?.n ?? 0;
  }
}
