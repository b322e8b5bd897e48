import { Inject, Injectable } from '@nestjs/common';
import { ResponderReplied } from '@rescue/contracts';
import { Database } from '@rescue/persistence';

export interface TargetAlert {
  id: string;
  incident_id: string;
  role: string;
  step: number;
  responder_id: string;
}

/**
 * Which page a reply answers: a LINE postback names its alert (and counts only from the responder it
 * was sent to); an SMS names a reply code, or none when the responder has exactly one open code.
 */
@Injectable()
export class ReplyTarget {
  constructor(@Inject(Database) private readonly db: Database) {}

  async find(reply: ResponderReplied): Promise<TargetAlert | undefined> {
    if (reply.alertId) {
      return this.db.one<TargetAlert>(
        `SELECT id, incident_id, role, step, responder_id FROM alerts WHERE id = $1 AND responder_id = $2 AND kind = 'page'`,
        [reply.alertId, reply.responderId],
      );
    }
    const codes = await this.db.query<{ incident_id: string }>(
      `SELECT c.incident_id FROM reply_codes c JOIN responders r ON r.sms = c.phone
        WHERE r.id = $1 AND ($2::int IS NULL OR c.code = $2)`,
      [reply.responderId, reply.code ?? null],
    );
    if (codes.length !== 1) return undefined;
    return this.db.one<TargetAlert>(
      `SELECT id, incident_id, role, step, responder_id FROM alerts
        WHERE incident_id = $1 AND responder_id = $2 AND kind = 'page'
        ORDER BY step DESC, (channel = 'sms') DESC LIMIT 1`,
      [codes[0].incident_id, reply.responderId],
    );
  }
}
