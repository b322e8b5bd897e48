import { Inject, Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import { contactNotice } from '@rescue/channels';
import { AlertRaised, Subjects } from '@rescue/contracts';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { movedAwayText, relinkedText } from './relink-copy';

const NOTICE_NAMESPACE = '6a0f3b1c-2d4e-4f50-8a91-7c3e5b2d1f04';

export interface Relink {
  /** The link code row spent: names the notices, so a redelivered message tells nobody twice. */
  cause: string;
  responder: { id: string; name: string; roles: string[]; languages: string[] };
  channel: 'sms' | 'line';
  oldAddress: string;
  newAddress: string;
}

/**
 * A link that replaced a responder's phone or LINE account is told to the old one (so a real officer
 * whose phone was taken over learns it at once) and to the directory's coordinators.
 */
@Injectable()
export class TellOfRelink {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
  ) {}

  async execute(r: Relink): Promise<void> {
    const language = r.responder.languages[0];
    const role = r.responder.roles[0] ?? 'responder';
    const notices: (AlertRaised | undefined)[] = [
      contactNotice({
        id: uuidv5(`relink:${r.cause}:old`, NOTICE_NAMESPACE), responderId: r.responder.id, role, language: language ?? 'th',
        ...(r.channel === 'sms' ? { sms: r.oldAddress } : { line: r.oldAddress }),
        text: movedAwayText(language, r.channel, r.responder.name),
      }),
    ];
    const coordinators = await this.db.query(
      `SELECT id, languages, sms, line_user_id FROM responders WHERE 'coordinator' = ANY(roles) AND id <> $1 AND (sms IS NOT NULL OR line_user_id IS NOT NULL)`,
      [r.responder.id],
    );
    for (const c of coordinators) {
      notices.push(
        contactNotice({
          id: uuidv5(`relink:${r.cause}:${c.id}`, NOTICE_NAMESPACE), responderId: c.id, role: 'coordinator', language: c.languages[0] ?? 'th',
          line: c.line_user_id, sms: c.sms, text: relinkedText(c.languages[0], r.channel, r.responder.name, r.oldAddress, r.newAddress),
        }),
      );
    }
    await Promise.all(notices.flatMap((n) => (n ? [this.publisher.publish(Subjects.alertRaised, n, n.alertId)] : [])));
  }
}
