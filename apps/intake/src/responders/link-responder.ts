import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { linkCodeHash } from './link-code';
import { LinkedResponder } from './linked-responders';

const COLUMN = { line: 'line_user_id', sms: 'sms' } as const;

/**
 * "LINK <code>": spends the code and binds the sender's LINE user id or phone to the responder it was
 * issued for (taking it from anyone who held it before). Undefined when the code is wrong, used or
 * expired.
 */
@Injectable()
export class LinkResponder {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute(input: { code: string; channel: 'line' | 'sms'; address: string }): Promise<LinkedResponder | undefined> {
    const column = COLUMN[input.channel];
    return this.db.tx(async (client) => {
      const spent = await client.query(
        `UPDATE responder_link_codes SET used_at = now(), used_channel = $2
          WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING responder_id`,
        [linkCodeHash(input.code), input.channel],
      );
      const responderId = spent.rows[0]?.responder_id;
      if (!responderId) return undefined;
      await client.query(`UPDATE responders SET ${column} = NULL, updated_at = now() WHERE ${column} = $1 AND id <> $2`, [input.address, responderId]);
      const { rows } = await client.query(
        `UPDATE responders SET ${column} = $1, updated_at = now() WHERE id = $2 RETURNING id, name, languages`,
        [input.address, responderId],
      );
      await client.query(
        `INSERT INTO audit_log (actor, action, subject, detail) VALUES ('intake', 'responder.linked', $1, $2)`,
        [responderId, { channel: input.channel }],
      );
      return rows[0] as LinkedResponder;
    });
  }
}
