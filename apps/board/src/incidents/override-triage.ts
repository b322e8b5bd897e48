import { BadRequestException, Inject, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Priority, Subjects } from '@rescue/contracts';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';
import { DISTRICT_SLUGS } from '../districts/district-slugs';

type Verdict = { priority: Priority; district: string };

export const OverrideBody = z
  .object({
    priority: Priority.optional(),
    district: z.enum(DISTRICT_SLUGS as [string, ...string[]]).optional(),
    reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(1000),
  })
  .refine((b) => b.priority || b.district, { message: 'give a priority, a district or both' });

/**
 * A person corrects triage (the operator who took the call knows better than the rules). The incident
 * shows the corrected priority and district at once and the timeline keeps who changed what and why.
 * Dispatch re-dispatches on it (`commands.redispatch`: a new district's on-call, roles a higher
 * priority requires). That command is stored in JetStream before the correction commits, so a
 * correction is never saved without dispatch hearing of it: with NATS away nothing is saved (503)
 * and the person tries again. Dispatch reads the incident under a row lock, so it sees the
 * correction once it is committed.
 */
@Injectable()
export class OverrideTriage {
  private readonly logger = new Logger(OverrideTriage.name);

  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
  ) {}

  async execute(user: BoardUser, incidentId: string, body: z.infer<typeof OverrideBody>) {
    const { priority, district, reason } = body;
    const overrideId = randomUUID();
    const updated = await this.db.tx(async (client) => {
      const { rows } = await client.query(
        `SELECT i.priority, i.district, i.minors, i.cross_border, i.summary, i.opened_at, i.state,
                (SELECT t.id FROM tips t WHERE t.incident_id = i.id ORDER BY t.received_at LIMIT 1) AS tip_id
           FROM incidents i WHERE i.id = $1 FOR UPDATE`,
        [incidentId],
      );
      const before = rows[0];
      if (!before) throw new BadRequestException(`no incident ${incidentId}`);
      if (before.state === 'resolved') throw new BadRequestException('this incident is resolved');
      const after = { priority: priority ?? before.priority, district: district ?? before.district };
      await client.query(`UPDATE incidents SET priority = $2, district = $3, updated_at = now() WHERE id = $1`, [incidentId, after.priority, after.district]);
      await client.query(
        `INSERT INTO timeline (incident_id, event_key, kind, detail) VALUES ($1, $2, 'override', $3)`,
        [incidentId, `override-${overrideId}`, {
          from: { priority: before.priority, district: before.district }, to: after, reason, by: user.id, byName: user.name,
        }],
      );
      const changed = after.priority !== before.priority || after.district !== before.district;
      if (changed) await this.tellDispatch(incidentId, overrideId, user, { priority: before.priority, district: before.district }, after);
      return { ...before, ...after };
    });
    const announced = await this.announce(incidentId, overrideId, updated);
    return { overrideId, priority: updated.priority, district: updated.district, announced };
  }

  private async tellDispatch(incidentId: string, overrideId: string, user: BoardUser, from: Verdict, to: Verdict): Promise<void> {
    try {
      await this.publisher.publish(
        Subjects.redispatchCommand,
        { commandId: overrideId, incidentId, from, to, by: user.id, byName: user.name, at: new Date().toISOString() },
        `redispatch-${overrideId}`,
      );
    } catch (err) {
      throw new ServiceUnavailableException(`dispatch cannot be told right now (${(err as Error).message}); nothing was changed, try again`);
    }
  }

  /** Boards update live on `incidents.updated` (dispatch has already been told, above). */
  private async announce(incidentId: string, overrideId: string, i: any): Promise<boolean> {
    try {
      await this.publisher.publish(
        Subjects.incidentUpdated,
        {
          incidentId, tipId: i.tip_id ?? incidentId, priority: i.priority, district: i.district, minors: i.minors,
          crossBorder: i.cross_border, summary: i.summary, openedAt: new Date(i.opened_at).toISOString(),
        },
        `override-${overrideId}`,
      );
      return true;
    } catch (err) {
      this.logger.warn(`override ${overrideId} of ${incidentId} stored but not announced: ${(err as Error).message}`);
      return false;
    }
  }
}
