import { Inject, Injectable } from '@nestjs/common';
import { OpenReplyCode } from '@rescue/domain';
import { Database } from '@rescue/persistence';

/** The reply codes of a responder's cases that are still open, lowest first, each with its district. */
@Injectable()
export class OpenReplyCodes {
  constructor(@Inject(Database) private readonly db: Database) {}

  of(responderId: string): Promise<OpenReplyCode[]> {
    return this.db.query<OpenReplyCode>(
      `SELECT c.code, i.district FROM reply_codes c
         JOIN responders r ON r.sms = c.phone
         JOIN incidents i ON i.id = c.incident_id
        WHERE r.id = $1 AND i.state IN ('triggered', 'acknowledged')
        ORDER BY c.code`,
      [responderId],
    );
  }
}
