import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';

/**
 * An admin resets a user's second factor (a lost phone and no recovery code): the authenticator and
 * recovery codes are forgotten and every session ends; at the next login the user sets up a new one
 * (their role requires it) or logs in with the password alone (it does not). Audited.
 */
@Injectable()
export class ResetSecondFactor {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute(admin: BoardUser, userId: string): Promise<{ id: string; secondFactor: 'reset'; sessionsEnded: number }> {
    return this.db.tx(async (client) => {
      const { rows } = await client.query(
        `UPDATE users SET totp_secret_sealed = NULL, totp_pending_sealed = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1 RETURNING email`,
        [userId],
      );
      if (!rows.length) throw new NotFoundException(`no user ${userId}`);
      await client.query('DELETE FROM user_recovery_codes WHERE user_id = $1', [userId]);
      const ended = (await client.query('DELETE FROM sessions WHERE user_id = $1', [userId])).rowCount ?? 0;
      await client.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'user.second-factor-reset', $2, $3)`, [
        admin.id, `user:${userId}`, { email: rows[0].email, sessionsEnded: ended },
      ]);
      return { id: userId, secondFactor: 'reset' as const, sessionsEnded: ended };
    });
  }
}
