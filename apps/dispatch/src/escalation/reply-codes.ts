import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';

const UNIQUE_VIOLATION = '23505';

/**
 * SMS reply codes: per phone, the smallest number not held by another open incident; an incident
 * keeps its code for that phone until it closes. Allocated in its own statement, before the
 * escalation's transaction, so incidents paging the same phone do not queue behind each other's
 * transactions; two racing for the same number both retry on the unique key.
 */
@Injectable()
export class ReplyCodes {
  constructor(@Inject(Database) private readonly db: Database) {}

  async allocate(phone: string, incidentId: string, responderId: string): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      try {
        const row = await this.db.one<{ code: number }>(
          `INSERT INTO reply_codes (phone, code, incident_id, responder_id)
           SELECT $1, (SELECT min(c) FROM generate_series(1, 100000) c
                       WHERE c NOT IN (SELECT code FROM reply_codes WHERE phone = $1)), $2, $3
           ON CONFLICT (phone, incident_id) DO UPDATE SET responder_id = reply_codes.responder_id
           RETURNING code`,
          [phone, incidentId, responderId],
        );
        return row!.code;
      } catch (err) {
        if ((err as { code?: string }).code !== UNIQUE_VIOLATION || attempt >= 20) throw err;
      }
    }
  }
}
