import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';

/**
 * SMS reply codes: per phone, the smallest number not held by another open incident; an incident
 * keeps its code for that phone until it closes. Allocated before the escalation's transaction by
 * `allocate_reply_code` (migration 001): one statement under a per-phone advisory lock, so incidents
 * paging the same phone take turns for the server's millisecond, not for client round trips.
 */
@Injectable()
export class ReplyCodes {
  constructor(@Inject(Database) private readonly db: Database) {}

  async allocate(incidentId: string, responders: { id: string; phone: string }[]): Promise<Map<string, number>> {
    const codes = await Promise.all(
      responders.map((r) =>
        this.db.one<{ code: number }>('SELECT allocate_reply_code($1, $2, $3) AS code', [r.phone, incidentId, r.id]),
      ),
    );
    return new Map(responders.map((r, i) => [r.id, codes[i]!.code]));
  }
}
