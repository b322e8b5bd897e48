import { Inject, Injectable } from '@nestjs/common';
import { linkCodeHash } from '@rescue/domain';
import { Database } from '@rescue/persistence';
import { LinkedResponder } from './linked-responders';
import { TellOfRelink } from './tell-of-relink';

const COLUMN = { line: 'line_user_id', sms: 'sms' } as const;

/**
 * "LINK <code>": spends the code and binds the sender's LINE user id or phone to the responder it was
 * issued for (taking it from anyone who held it before). When that replaces the responder's earlier
 * phone or LINE account, the old one and the coordinators are told. Undefined when the code is
 * wrong, used or expired.
 */
@Injectable()
export class LinkResponder {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly tellOfRelink: TellOfRelink,
  ) {}

  async execute(input: { code: string; channel: 'line' | 'sms'; address: string }): Promise<LinkedResponder | undefined> {
    const column = COLUMN[input.channel];
    const codeHash = linkCodeHash(input.code);
    const linked = await this.db.tx(async (client) => {
      const spent = await client.query(
        `UPDATE responder_link_codes SET used_at = now(), used_channel = $2
          WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING responder_id`,
        [codeHash, input.channel],
      );
      const responderId = spent.rows[0]?.responder_id;
      if (!responderId) return undefined;
      const before = await client.query(`SELECT ${column} AS address FROM responders WHERE id = $1 FOR UPDATE`, [responderId]);
      const oldAddress: string | null = before.rows[0]?.address ?? null;
      await client.query(`UPDATE responders SET ${column} = NULL, updated_at = now() WHERE ${column} = $1 AND id <> $2`, [input.address, responderId]);
      const { rows } = await client.query(
        `UPDATE responders SET ${column} = $1, updated_at = now() WHERE id = $2 RETURNING id, name, languages, roles`,
        [input.address, responderId],
      );
      const replaced = oldAddress !== null && oldAddress !== input.address;
      await client.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ('intake', $1, $2, $3)`, [
        replaced ? 'directory.responder.relinked' : 'responder.linked',
        replaced ? `responder:${responderId}` : responderId,
        { channel: input.channel, ...(replaced ? { before: { [input.channel]: masked(oldAddress) }, after: { [input.channel]: masked(input.address) } } : {}) },
      ]);
      return { responder: rows[0], oldAddress: replaced ? oldAddress : null };
    });
    if (!linked) return undefined;
    if (linked.oldAddress) {
      await this.tellOfRelink.execute({ cause: codeHash, responder: linked.responder, channel: input.channel, oldAddress: linked.oldAddress, newAddress: input.address });
    }
    return { id: linked.responder.id, name: linked.responder.name, languages: linked.responder.languages };
  }
}

/** The audit says that the number changed, not the numbers (the audit is shown to every coordinator). */
function masked(address: string): string {
  return `…${address.slice(-3)}`;
}
