import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { z } from 'zod';
import { Database } from '@rescue/persistence';
import { NewPassword } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { BoardUser } from '../auth/sessions';

export const SetPassword = z.object({ password: NewPassword }).strict();

/** An admin gives a user a new password (a forgotten one): every session of theirs ends. Audited. */
@Injectable()
export class SetUserPassword {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute(admin: BoardUser, userId: string, body: z.infer<typeof SetPassword>): Promise<{ id: string; sessionsEnded: number }> {
    const { password } = body;
    const hash = await hashPassword(password);
    return this.db.tx(async (client) => {
      const { rows } = await client.query('UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING email', [userId, hash]);
      if (!rows.length) throw new NotFoundException(`no user ${userId}`);
      const ended = (await client.query('DELETE FROM sessions WHERE user_id = $1', [userId])).rowCount ?? 0;
      await client.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'user.password-set', $2, $3)`, [
        admin.id, `user:${userId}`, { email: rows[0].email, sessionsEnded: ended },
      ]);
      return { id: userId, sessionsEnded: ended };
    });
  }
}
