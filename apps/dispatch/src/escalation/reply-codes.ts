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
    if (!responders.length) return new Map();
    // One statement for all; phones in a fixed order, so two incidents paging the same phones take
    // the per-phone locks in the same order and never deadlock.
    const rows = await this.db.query<{ id: string; code: number }>(
      `SELECT r.id, allocate_reply_code(r.phone, $1, r.id) AS code
         FROM (SELECT * FROM unnest($2::text[], $3::text[]) AS u(id, phone) ORDER BY phone) r`,
      [incidentId, responders.map((r) => r.id), responders.map((r) => r.phone)],
    );
    return new Map(rows.map((r) => [r.id, r.code]));
  }
}
