import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { Sealer } from '@rescue/platform';

/**
 * STOP and START, as carriers and Twilio's Advanced Opt-Out define them. Twilio itself confirms
 * and blocks further messages to the number; this record keeps us from even trying (no receipts,
 * no help texts). Numbers are kept as pseudonyms: the list says who opted out, not who they are.
 */
@Injectable()
export class SmsOptOuts {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Sealer) private readonly sealer: Sealer,
  ) {}

  async stop(phone: string): Promise<void> {
    await this.db.query('INSERT INTO sms_opt_outs (phone_key) VALUES ($1) ON CONFLICT DO NOTHING', [this.sealer.pseudonym(phone)]);
  }

  async start(phone: string): Promise<void> {
    await this.db.query('DELETE FROM sms_opt_outs WHERE phone_key = $1', [this.sealer.pseudonym(phone)]);
  }

  async optedOut(phone: string): Promise<boolean> {
    return !!(await this.db.one('SELECT 1 FROM sms_opt_outs WHERE phone_key = $1', [this.sealer.pseudonym(phone)]));
  }
}
