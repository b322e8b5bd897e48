import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { Sealer } from '@rescue/platform';

/** Help texts a sender gets per hour, however much nonsense they send (each SMS reply is billed). */
export const HELP_REPLIES_PER_HOUR = 3;

/**
 * Caps automatic replies per sender: `take` says whether one more may go out now and counts it. The
 * count and the insert are one statement under a per-sender lock, so a burst cannot overrun the cap.
 */
@Injectable()
export class AutoReplyAllowance {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Sealer) private readonly sealer: Sealer,
  ) {}

  async take(sender: string, kind = 'help', perHour = HELP_REPLIES_PER_HOUR): Promise<boolean> {
    const senderKey = this.sealer.pseudonym(sender);
    return this.db.tx(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`auto-reply:${senderKey}`]);
      await client.query(`DELETE FROM auto_replies WHERE sender_key = $1 AND sent_at < now() - interval '1 hour'`, [senderKey]);
      const { rows } = await client.query(
        `INSERT INTO auto_replies (sender_key, kind)
         SELECT $1, $2 WHERE (SELECT count(*) FROM auto_replies WHERE sender_key = $1 AND kind = $2) < $3
         RETURNING 1`,
        [senderKey, kind, perHour],
      );
      return rows.length > 0;
    });
  }
}
