import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ResolveCommand, Role, Subjects } from '@rescue/contracts';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { parseBody } from '@rescue/platform';
import { BoardUser } from '../auth/sessions';

const AcknowledgeBody = z.object({ role: Role.optional(), responderId: z.string().optional() });
const EscalateBody = z.object({ role: Role.optional() });
const Count = z.number().int().min(0).max(10_000);
/** `rescued` counts the people brought to safety (for an outcome of `rescued`). */
const ResolveBody = ResolveCommand.pick({ outcome: true, note: true }).extend({
  rescued: z.object({ minors: Count.optional(), adults: Count.optional() }).optional(),
});
const NoteBody = z.object({ text: z.string().trim().min(1).max(4000) });

/** Coordinator actions. Dispatch carries them out (it owns the chains); notes are written here. */
@Injectable()
export class IncidentCommands {
  constructor(
    private readonly publisher: JetStreamPublisher,
    @Inject(Database) private readonly db: Database,
  ) {}

  async acknowledge(user: BoardUser, incidentId: string, body: unknown) {
    const { role, responderId } = parseBody(AcknowledgeBody, body ?? {});
    const commandId = randomUUID();
    await this.publisher.publish(Subjects.acknowledgeCommand, { commandId, incidentId, role, responderId, by: user.id, at: now() }, commandId);
    return { accepted: true, commandId };
  }

  async escalate(user: BoardUser, incidentId: string, body: unknown) {
    const { role } = parseBody(EscalateBody, body ?? {});
    const commandId = randomUUID();
    await this.publisher.publish(Subjects.escalateCommand, { commandId, incidentId, role, by: user.id, at: now() }, commandId);
    return { accepted: true, commandId };
  }

  /** Page again whoever the open roles are waiting for (same step, same deadline). */
  async renotify(user: BoardUser, incidentId: string, body: unknown) {
    const { role } = parseBody(EscalateBody, body ?? {});
    const commandId = randomUUID();
    await this.publisher.publish(Subjects.renotifyCommand, { commandId, incidentId, role, by: user.id, at: now() }, commandId);
    return { accepted: true, commandId };
  }

  async resolve(user: BoardUser, incidentId: string, body: unknown) {
    const { outcome, note: text, rescued } = parseBody(ResolveBody, body ?? {});
    const commandId = randomUUID();
    if (rescued) {
      // Counts are kept structured (for reporting) as well as in the resolution note dispatch records.
      await this.db.query(
        `INSERT INTO timeline (incident_id, event_key, kind, detail) VALUES ($1, $2, 'rescued-count', $3) ON CONFLICT (event_key) DO NOTHING`,
        [incidentId, `rescued-${commandId}`, { ...rescued, by: user.id, byName: user.name }],
      );
    }
    const counted = rescued ? `rescued: ${rescued.minors ?? 0} minors, ${rescued.adults ?? 0} adults` : undefined;
    const note = [counted, text].filter(Boolean).join('. ').slice(0, 2000) || undefined;
    await this.publisher.publish(Subjects.resolveCommand, { commandId, incidentId, outcome, note, by: user.id, at: now() }, commandId);
    return { accepted: true, commandId };
  }

  async note(user: BoardUser, incidentId: string, body: unknown) {
    const { text } = parseBody(NoteBody, body);
    const id = randomUUID();
    const rows = await this.db.query(
      `INSERT INTO timeline (incident_id, event_key, kind, detail) SELECT $1, $2, 'note', $3 WHERE EXISTS (SELECT 1 FROM incidents WHERE id = $1) RETURNING at`,
      [incidentId, `note-${id}`, { text, by: user.id, byName: user.name }],
    );
    if (!rows.length) throw new BadRequestException(`no incident ${incidentId}`);
    return { noteId: id, at: rows[0].at };
  }
}

const now = () => new Date().toISOString();
