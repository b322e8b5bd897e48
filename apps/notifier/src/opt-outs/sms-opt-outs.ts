import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { Sealer } from '@rescue/platform';

/**
 * Numbers that sent STOP (intake records them by pseudonym; START removes them). Nothing is texted
 * to them: not alerts, not notices, not a reporter's case news.
 */
@Injectable()
export class SmsOptOuts {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Sealer) private readonly sealer: Sealer,
  ) {}

  isOptedOut(phone: string): Promise<boolean> {
    return this.keyOptedOut(this.sealer.pseudonym(phone));
  }

  /** By the pseudonym tips carry as their reporter key. */
  async keyOptedOut(phoneKey: string): Promise<boolean> {
    return !!(await this.db.one('SELECT 1 FROM sms_opt_outs WHERE phone_key = $1', [phoneKey]));
  }
}
