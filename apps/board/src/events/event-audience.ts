import { Inject, Injectable } from '@nestjs/common';
import { Subjects } from '@rescue/contracts';
import { Database } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';
import { IncidentQueries } from '../incidents/incident-queries';
import { BoardEvent, boardEventOf } from './board-event';
import { StreamMessage } from './stream-message';

/** Decides what of a stream message a user is told: only events of incidents they may see. */
@Injectable()
export class EventAudience {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly incidents: IncidentQueries,
  ) {}

  async eventFor(user: BoardUser, message: StreamMessage): Promise<BoardEvent | undefined> {
    // A tip nobody could process, or "ACK 1" from a number no responder has, belongs to no incident:
    // the coordinators must see it at once.
    if (message.subject.startsWith('dlq.') || message.subject === Subjects.unregisteredReply) return user.role === 'admin' || user.role === 'coordinator' ? boardEventOf(message) : undefined;
    const incidentId = await this.incidentOf(message);
    if (!incidentId) return undefined;
    if (!(await this.incidents.isVisible(user, incidentId))) return undefined;
    return boardEventOf(message, incidentId);
  }

  /** Events name their incident, except a responder's reply, which names the alert or the SMS reply code. */
  private async incidentOf(message: StreamMessage): Promise<string | undefined> {
    const p = (message.payload ?? {}) as Record<string, unknown>;
    if (typeof p.incidentId === 'string') return p.incidentId;
    if (typeof p.alertId === 'string') {
      const row = await this.db.one(`SELECT incident_id FROM alerts WHERE id = $1`, [p.alertId]);
      if (row) return row.incident_id;
    }
    if (typeof p.responderId === 'string' && typeof p.code === 'number') {
      const row = await this.db.one(
        `SELECT c.incident_id FROM reply_codes c JOIN responders r ON r.sms = c.phone WHERE r.id = $1 AND c.code = $2`,
        [p.responderId, p.code],
      );
      if (row) return row.incident_id;
    }
    return undefined;
  }
}
