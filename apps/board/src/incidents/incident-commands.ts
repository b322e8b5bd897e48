import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ResolveCommand, Role, Subjects } from '@rescue/contracts';
import { splitIncidentId } from '@rescue/domain';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';
import { ResponderDirectory } from './responder-directory';

export const AcknowledgeBody = z.object({ role: Role.optional(), responderId: z.string().optional() });
export const EscalateBody = z.object({ role: Role.optional() });
const Count = z.number().int().min(0).max(10_000);
/** `rescued` counts the people brought to safety (for an outcome of `rescued`). */
export const ResolveBody = ResolveCommand.pick({ outcome: true, note: true, referral: true })
  .extend({
    /** By age and, where known, by sex. */
    rescued: z.object({ minors: Count.optional(), adults: Count.optional(), female: Count.optional(), male: Count.optional() }).optional(),
  })
  .refine((b) => !['referred', 'cross-border-handover'].includes(b.outcome) || b.referral, {
    message: 'say who takes the case on: {kind, organization}',
    path: ['referral'],
  })
  .refine((b) => b.outcome !== 'cross-border-handover' || b.referral?.kind === 'cross-border', {
    message: 'a cross-border hand-over goes to a cross-border liaison (kind "cross-border")',
    path: ['referral', 'kind'],
  });
export const NoteBody = z.object({ text: z.string().trim().min(1).max(4000) });
export const ReassignBody = z.object({ role: Role, responderId: z.string().trim().min(1).max(100) });
/** The incident that carries on: its id or its case reference (CR-7K3P). */
export const MergeBody = z.object({ into: z.string().trim().min(1).max(100) });
export const SplitBody = z.object({ reason: z.string().trim().min(1).max(500).optional() });
export const ReopenBody = z.object({ reason: z.string().trim().min(1).max(500) });

/** Coordinator actions. Dispatch carries them out (it owns the chains); notes are written here. */
@Injectable()
export class IncidentCommands {
  constructor(
    private readonly publisher: JetStreamPublisher,
    @Inject(Database) private readonly db: Database,
    private readonly directory: ResponderDirectory,
  ) {}

  async acknowledge(user: BoardUser, incidentId: string, body: z.infer<typeof AcknowledgeBody>) {
    const { role, responderId } = body;
    const commandId = randomUUID();
    await this.publisher.publish(Subjects.acknowledgeCommand, { commandId, incidentId, role, responderId, by: user.id, at: now() }, commandId);
    return { accepted: true, commandId };
  }

  async escalate(user: BoardUser, incidentId: string, body: z.infer<typeof EscalateBody>) {
    const { role } = body;
    const commandId = randomUUID();
    await this.publisher.publish(Subjects.escalateCommand, { commandId, incidentId, role, by: user.id, at: now() }, commandId);
    return { accepted: true, commandId };
  }

  /** Page again whoever the open roles are waiting for (same step, same deadline). */
  async renotify(user: BoardUser, incidentId: string, body: z.infer<typeof EscalateBody>) {
    const { role } = body;
    const commandId = randomUUID();
    await this.publisher.publish(Subjects.renotifyCommand, { commandId, incidentId, role, by: user.id, at: now() }, commandId);
    return { accepted: true, commandId };
  }

  async resolve(user: BoardUser, incidentId: string, body: z.infer<typeof ResolveBody>) {
    const { outcome, note: text, rescued, referral } = body;
    if (referral && !(await this.directory.hasOrganization(referral.organization))) {
      throw new BadRequestException(`referral.organization: no organisation "${referral.organization}" in the directory`);
    }
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
    await this.publisher.publish(Subjects.resolveCommand, { commandId, incidentId, outcome, note, referral, by: user.id, at: now() }, commandId);
    return { accepted: true, commandId };
  }

  /**
   * Pages `responderId` for `role` now. Checked here so a coordinator hears at once what cannot be
   * done; dispatch checks again under its locks (the chain may have been accepted in between).
   */
  async reassign(user: BoardUser, incidentId: string, body: z.infer<typeof ReassignBody>) {
    const { role, responderId } = body;
    const chain = await this.db.one<{ state: string; required: boolean; incident_state: string }>(
      `SELECT r.state, r.required, i.state AS incident_state FROM incident_roles r JOIN incidents i ON i.id = r.incident_id
        WHERE r.incident_id = $1 AND r.role = $2`,
      [incidentId, role],
    );
    if (!chain) throw new BadRequestException(`role: the incident has no ${role} role`);
    if (!['triggered', 'acknowledged'].includes(chain.incident_state)) throw new ConflictException(`the incident is ${chain.incident_state}`);
    if (!chain.required) throw new BadRequestException(`role: ${role} is informational here; only required roles are reassigned`);
    if (chain.state === 'accepted') throw new ConflictException(`the ${role} role is already accepted`);
    const roles = await this.directory.rolesOf(responderId);
    if (!roles) throw new BadRequestException(`responderId: no responder ${responderId} in the directory`);
    if (!roles.includes(role)) throw new BadRequestException(`responderId: ${responderId} does not have the role ${role}`);
    const commandId = randomUUID();
    await this.publisher.publish(Subjects.reassignCommand, { commandId, incidentId, role, responderId, by: user.id, byName: user.name, at: now() }, commandId);
    return { accepted: true, commandId };
  }

  /**
   * Puts a resolved incident back on the board (audited: who, why). Checked here so the coordinator
   * hears at once what cannot be done; dispatch reopens it only if it is still resolved.
   */
  async reopen(user: BoardUser, incidentId: string, body: z.infer<typeof ReopenBody>) {
    const { reason } = body;
    const incident = await this.db.one<{ state: string; merged_into: string | null }>('SELECT state, merged_into FROM incidents WHERE id = $1', [incidentId]);
    if (!incident) throw new NotFoundException(`no incident ${incidentId}`);
    if (incident.state !== 'resolved') throw new ConflictException(`the incident is ${incident.state}, not resolved`);
    if (incident.merged_into) throw new ConflictException(`this duplicate was merged into ${incident.merged_into}; reopen that one`);
    const commandId = randomUUID();
    await this.db.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'incident.reopened', $2, $3)`, [
      user.id, `incident:${incidentId}`, { email: user.email, role: user.role, reason, commandId },
    ]);
    await this.publisher.publish(Subjects.reopenCommand, { commandId, incidentId, reason, by: user.id, byName: user.name, at: now() }, commandId);
    return { accepted: true, commandId };
  }

  /** Merges this incident (a duplicate) into another, which carries on. */
  async merge(user: BoardUser, incidentId: string, body: z.infer<typeof MergeBody>) {
    const { into } = body;
    const [duplicate, survivors] = await Promise.all([
      this.db.one<{ state: string }>('SELECT state FROM incidents WHERE id = $1', [incidentId]),
      this.db.query<{ id: string; state: string }>(
        `SELECT id, state FROM incidents WHERE id = $1 OR (upper(case_ref) = upper($1) AND state <> 'resolved') ORDER BY id = $1 DESC LIMIT 1`,
        [into],
      ),
    ]);
    const survivor = survivors[0];
    if (!duplicate) throw new NotFoundException(`no incident ${incidentId}`);
    if (!survivor) throw new BadRequestException(`into: no open incident ${into}`);
    if (survivor.id === incidentId) throw new BadRequestException('into: an incident cannot be merged into itself');
    if (duplicate.state === 'resolved') throw new ConflictException('this incident is already closed');
    if (survivor.state === 'resolved') throw new ConflictException(`into: ${into} is closed; merge into an open incident`);
    const commandId = randomUUID();
    await this.publisher.publish(Subjects.mergeCommand, { commandId, incidentId, into: survivor.id, by: user.id, byName: user.name, at: now() }, commandId);
    return { accepted: true, commandId, into: survivor.id };
  }

  /**
   * Takes a tip that was joined to this incident by mistake back out into an incident of its own,
   * which is paged as any new one (triage carries it out). Checked here so the coordinator hears at
   * once what cannot be done.
   */
  async split(user: BoardUser, incidentId: string, tipId: string, body: z.infer<typeof SplitBody>) {
    const { reason } = body;
    const rows = await this.db.query<{ state: string; tip_incident: string | null; tips: number }>(
      `SELECT i.state, (SELECT incident_id FROM tips WHERE id = $2) AS tip_incident,
              (SELECT count(*)::int FROM tips WHERE incident_id = i.id) AS tips
         FROM incidents i WHERE i.id = $1`,
      [incidentId, tipId],
    );
    const found = rows[0];
    if (!found) throw new NotFoundException(`no incident ${incidentId}`);
    if (found.tip_incident !== incidentId) throw new NotFoundException(`no tip ${tipId} in this incident`);
    if (found.state === 'resolved') throw new ConflictException('this incident is closed');
    if (found.tips < 2) throw new ConflictException('this is the only tip of the incident; there is nothing to split it from');
    const commandId = randomUUID();
    await this.publisher.publish(Subjects.splitCommand, { commandId, incidentId, tipId, reason, by: user.id, byName: user.name, at: now() }, commandId);
    return { accepted: true, commandId, incidentId: splitIncidentId(tipId) };
  }

  async note(user: BoardUser, incidentId: string, body: z.infer<typeof NoteBody>) {
    const { text } = body;
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
