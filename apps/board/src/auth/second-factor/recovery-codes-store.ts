import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { newRecoveryCodes, recoveryCodeHash } from './recovery-codes';

/** A user's recovery codes as stored: hashed, replaced as a set, and the replacement audited. */
@Injectable()
export class RecoveryCodes {
  /**
   * New codes in place of every earlier one (used or not), in the caller's transaction, audited as
   * `action` of the user; the plain codes, to show once.
   */
  async replace(client: PoolClient, userId: string, action: 'auth.second-factor-enabled' | 'auth.recovery-codes-renewed'): Promise<string[]> {
    const codes = newRecoveryCodes();
    await client.query('DELETE FROM user_recovery_codes WHERE user_id = $1', [userId]);
    await client.query(
      'INSERT INTO user_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [userId, codes.map(recoveryCodeHash)],
    );
    await client.query('INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, $2, $3, $4)', [
      userId, action, `user:${userId}`, { recoveryCodes: codes.length },
    ]);
    return codes;
  }
}
