import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import { contactNotice } from '@rescue/channels';
import { Subjects } from '@rescue/contracts';
import { linkCodeHash as hashOf, newLinkCode } from '@rescue/domain';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';
import { linkCodeText } from './link-code-copy';

/** Long enough to read it and type it, short enough that a code seen over a shoulder goes stale. */
export const LINK_CODE_TTL_MINUTES = 15;
const NOTICE_NAMESPACE = '1f3c2a4e-8b7d-4e21-9c55-0a6b3d2f7e10';

/**
 * An admin has a one-time link code sent to a responder's CURRENT phone or LINE (never shown to the
 * admin, so whoever asks cannot link a device of their own to someone else's pages). The responder
 * sends "LINK <code>" from the account that should get alerts. A new code voids the earlier ones;
 * a code lasts LINK_CODE_TTL_MINUTES and links once. Audited.
 */
@Injectable()
export class IssueLinkCode {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
  ) {}

  async execute(admin: BoardUser, responderId: string): Promise<{ responderId: string; sentTo: 'line' | 'sms'; expiresAt: string }> {
    const code = newLinkCode();
    const issued = await this.db.tx(async (client) => {
      const { rows } = await client.query(`SELECT id, roles, languages, sms, line_user_id FROM responders WHERE id = $1 FOR UPDATE`, [responderId]);
      const responder = rows[0];
      if (!responder) throw new NotFoundException(`no responder ${responderId}`);
      if (!responder.sms && !responder.line_user_id) {
        throw new ConflictException(`${responderId} has no phone or LINE to send a code to; set their phone in the directory first`);
      }
      await client.query(`UPDATE responder_link_codes SET expires_at = now() WHERE responder_id = $1 AND used_at IS NULL AND expires_at > now()`, [responderId]);
      const { rows: inserted } = await client.query(
        `INSERT INTO responder_link_codes (code_hash, responder_id, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3)) RETURNING expires_at`,
        [hashOf(code), responderId, LINK_CODE_TTL_MINUTES],
      );
      const sentTo: 'line' | 'sms' = responder.line_user_id ? 'line' : 'sms';
      const expiresAt = new Date(inserted[0].expires_at).toISOString();
      await client.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'directory.link-code.issued', $2, $3)`, [
        admin.id, `responder:${responderId}`, { after: { sentTo, expiresAt } },
      ]);
      return { responder, sentTo, expiresAt };
    });
    const { responder } = issued;
    const notice = contactNotice({
      id: uuidv5(`link-code:${hashOf(code)}`, NOTICE_NAMESPACE),
      responderId,
      role: responder.roles[0] ?? 'responder',
      line: responder.line_user_id,
      sms: responder.sms,
      language: responder.languages[0] ?? 'th',
      text: linkCodeText(responder.languages[0], code, LINK_CODE_TTL_MINUTES),
    })!;
    await this.publisher.publish(Subjects.alertRaised, notice, notice.alertId);
    return { responderId, sentTo: issued.sentTo, expiresAt: issued.expiresAt };
  }
}
