import { Inject, Injectable } from '@nestjs/common';
import { Responder } from '@rescue/domain';
import { Database } from '@rescue/persistence';

/**
 * Contacts as they are now: a responder may link a LINE account or phone at run time (`LINK <code>`,
 * recorded by intake in `responders`), after the directory file was read. Pages go to those.
 */
@Injectable()
export class ContactBook {
  constructor(@Inject(Database) private readonly db: Database) {}

  async current(responders: Responder[]): Promise<Responder[]> {
    if (!responders.length) return responders;
    const rows = await this.db.query<{ id: string; sms: string | null; line_user_id: string | null }>(
      'SELECT id, sms, line_user_id FROM responders WHERE id = ANY($1)',
      [responders.map((r) => r.id)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return responders.map((r) => {
      const row = byId.get(r.id);
      if (!row) return r;
      return { ...r, channels: { sms: row.sms ?? r.channels.sms, line: row.line_user_id ?? r.channels.line } };
    });
  }
}
