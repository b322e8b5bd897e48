import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';

/**
 * LINE redelivers an event whose 200 it did not see, possibly after the JetStream duplicate window.
 * An event is marked once handled (after its effects, each idempotent on its own), so a late copy
 * does not send a second receipt or spend a link code twice.
 */
@Injectable()
export class LineEventsHandled {
  constructor(@Inject(Database) private readonly db: Database) {}

  async seen(webhookEventId: string): Promise<boolean> {
    return !!(await this.db.one('SELECT 1 FROM line_events_handled WHERE webhook_event_id = $1', [webhookEventId]));
  }

  async mark(webhookEventId: string): Promise<void> {
    await this.db.query('INSERT INTO line_events_handled (webhook_event_id) VALUES ($1) ON CONFLICT DO NOTHING', [webhookEventId]);
  }
}
