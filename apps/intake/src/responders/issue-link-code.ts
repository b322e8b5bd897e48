import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { linkCodeHash, newLinkCode } from './link-code';

/** A code is good for one link within a day: long enough to hand over, short enough to go stale. */
export const LINK_CODE_TTL_HOURS = 24;

/** An admin issues a one-time code that a responder sends as "LINK <code>" from LINE or their phone. */
@Injectable()
export class IssueLinkCode {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute(responderId: string, issuedBy = 'operator-api'): Promise<{ code: string; expiresAt: string }> {
    const code = newLinkCode();
    const row = await this.db.tx(async (client) => {
      const { rows } = await client.query(
        `INSERT INTO responder_link_codes (code_hash, responder_id, expires_at)
         SELECT $1, id, now() + make_interval(hours => $3) FROM responders WHERE id = $2
         RETURNING expires_at`,
        [linkCodeHash(code), responderId, LINK_CODE_TTL_HOURS],
      );
      if (!rows.length) throw new NotFoundException(`no responder ${responderId}`);
      await client.query(`INSERT INTO audit_log (actor, action, subject) VALUES ($1, 'responder.link-code.issued', $2)`, [issuedBy, responderId]);
      return rows[0];
    });
    return { code, expiresAt: new Date(row.expires_at).toISOString() };
  }
}
