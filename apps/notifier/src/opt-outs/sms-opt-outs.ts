import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Database } from '@rescue/persistence';
import { Sealer } from '@rescue/platform';

/**
 * Numbers that sent STOP (intake records them by pseudonym; START removes them). Nothing is texted
 * to them: not alerts, not notices, not a reporter's case news. The numbers asked about within a
 * millisecond (an incident's SMS pages go out together) are looked up in one query.
 */
@Injectable()
export class SmsOptOuts {
  private readonly lookups = new DataLoader<string, boolean>((keys) => this.optedOut(keys), {
    cache: false,
    maxBatchSize: 200,
    batchScheduleFn: (run) => setTimeout(run, 1),
  });

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Sealer) private readonly sealer: Sealer,
  ) {}

  isOptedOut(phone: string): Promise<boolean> {
    return this.keyOptedOut(this.sealer.pseudonym(phone));
  }

  /** By the pseudonym tips carry as their reporter key. */
  keyOptedOut(phoneKey: string): Promise<boolean> {
    return this.lookups.load(phoneKey);
  }

  private async optedOut(keys: readonly string[]): Promise<boolean[]> {
    const rows = await this.db.query<{ phone_key: string }>('SELECT phone_key FROM sms_opt_outs WHERE phone_key = ANY($1)', [keys]);
    const out = new Set(rows.map((r) => r.phone_key));
    return keys.map((k) => out.has(k));
  }
}
