import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';

/**
 * An admin deactivates a board user (a volunteer who left, a lost phone): every session of theirs
 * ends at once and they can no longer log in. Reactivating lets them log in again. Both are audited.
 */
@Injectable()
export class SetUserActive {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute(admin: BoardUser, userId: string, active: boolean): Promise<{ id: string; active: boolean; sessionsEnded: number }> {
    if (!active && userId === admin.id) throw new BadRequestException('id: an admin cannot deactivate their own account');
    return this.db.tx(async (client) => {
      const { rows } = await client.query(
        `UPDATE users SET deactivated_at = CASE WHEN $2 THEN NULL ELSE coalesce(deactivated_at, now()) END WHERE id = $1 RETURNING email`,
        [userId, active],
      );
      if (!rows.length) throw new NotFoundException(`no user ${userId}`);
      const ended = active ? 0 : (await client.query('DELETE FROM sessions WHERE user_id = $1', [userId])).rowCount ?? 0;
      await client.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, $2, $3, $4)`, [
        admin.id, active ? 'user.reactivated' : 'user.deactivated', `user:${userId}`, { email: rows[0].email, sessionsEnded: ended },
      ]);
      return { id: userId, active, sessionsEnded: ended };
    });
  }
}
