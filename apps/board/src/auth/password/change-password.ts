import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { Database } from '@rescue/persistence';
import { LoginThrottled } from '../log-in';
import { LoginThrottle } from '../login-throttle';
import { NewPassword } from '../password-policy';
import { hashPassword } from '../passwords';
import { BoardUser, Sessions } from '../sessions';

export const PasswordChange = z.object({ currentPassword: z.string().min(1).max(200), newPassword: NewPassword }).strict();

/**
 * A user changes their own password: the current one must be right (a wrong one counts toward the
 * account's lockout, as at login), and every other session of theirs ends, so whoever knew the old
 * password is logged out wherever they are.
 */
@Injectable()
export class ChangePassword {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly sessions: Sessions,
    private readonly throttle: LoginThrottle,
  ) {}

  async execute(user: BoardUser, currentToken: string, body: z.infer<typeof PasswordChange>, address: string): Promise<{ sessionsEnded: number }> {
    const { currentPassword, newPassword } = body;
    const refused = await this.throttle.refusal(user.email, address);
    if (refused) throw new LoginThrottled(refused.retryAfterSeconds, refused.scope);
    if (!(await this.sessions.checkPassword(user.email, currentPassword))) {
      await this.throttle.failed(user.email, address);
      throw new BadRequestException('currentPassword: wrong password');
    }
    await this.db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [user.id, await hashPassword(newPassword)]);
    const sessionsEnded = await this.sessions.endAllOf(user.id, currentToken);
    await this.db.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'auth.password-changed', $2, $3)`, [
      user.id, `user:${user.id}`, { sessionsEnded },
    ]);
    return { sessionsEnded };
  }
}
