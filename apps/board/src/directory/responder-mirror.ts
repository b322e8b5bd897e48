import { BadRequestException } from '@nestjs/common';
import { PoolClient } from 'pg';
import { Responder } from '@rescue/domain';

/**
 * Keeps the `responders` table (where intake tells a responder's reply from a public tip, and
 * dispatch finds contacts linked at run time) in line with an edit. `contacts`: the edit named the
 * channels, which then replace both; otherwise contacts linked with `LINK <code>` are kept.
 */
export async function mirrorResponder(client: PoolClient, r: Responder, contacts: boolean): Promise<void> {
  try {
    await client.query(
      `INSERT INTO responders (id, name, organization, roles, districts, languages, sms, line_user_id, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
       ON CONFLICT (id) DO UPDATE SET name = $2, organization = $3, roles = $4, districts = $5, languages = $6,
         sms = CASE WHEN $9 THEN $7 ELSE responders.sms END,
         line_user_id = CASE WHEN $9 THEN $8 ELSE responders.line_user_id END, updated_at = now()`,
      [r.id, r.name, r.organization, r.roles, r.districts, r.languages, r.channels.sms ?? null, r.channels.line ?? null, contacts],
    );
  } catch (err) {
    if ((err as { code?: string }).code === '23505') {
      throw new BadRequestException('channels: this phone number or LINE id is linked to another responder');
    }
    throw err;
  }
}
