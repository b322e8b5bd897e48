import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { newRecoveryCodes, recoveryCodeHash } from './recovery-codes';

/** A user's recovery codes as stored: hashed, replaced as a set. */
@Injectable()
export class RecoveryCodes {
  /** New codes in place of every earlier one (used or not); the plain codes, to show once. */
  async replace(client: PoolClient, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await client.query('DELETE FROM user_recovery_codes WHERE user_id = $1', [userId]);
    await client.query(
      'INSERT INTO user_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [userId, codes.map(recoveryCodeHash)],
    );
    return codes;
  }
}
