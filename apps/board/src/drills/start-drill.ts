import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Subjects } from '@rescue/contracts';
import { DISTRICT_SLUGS, drillIncidentId, selectPolicy } from '@rescue/domain';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';
import { BoardDirectory } from '../directory/board-directory';

/** P4 goes to the review queue and pages nobody: there is nothing to drill. */
export const DrillBody = z
  .object({
    district: z.enum(DISTRICT_SLUGS as unknown as [string, ...string[]]),
    priority: z.enum(['P1', 'P2', 'P3']),
  })
  .strict();

/**
 * A coordinator starts a drill for a district and priority: dispatch opens a marked test incident
 * that pages whoever is on call now by the policy a real one would follow. Refused at once when no
 * policy would page anyone for it. Audited (who, what).
 */
@Injectable()
export class StartDrill {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
    private readonly directory: BoardDirectory,
  ) {}

  async execute(user: BoardUser, body: z.infer<typeof DrillBody>): Promise<{ accepted: true; commandId: string; incidentId: string }> {
    const { district, priority } = body;
    const { directory } = await this.directory.current();
    if (!selectPolicy(directory, district, priority)) {
      throw new BadRequestException(`no escalation policy pages anyone for ${priority} in ${district}: a drill would page nobody`);
    }
    const commandId = randomUUID();
    const incidentId = drillIncidentId(commandId);
    await this.db.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'drill.started', $2, $3)`, [
      user.id, `incident:${incidentId}`, { email: user.email, role: user.role, district, priority },
    ]);
    await this.publisher.publish(
      Subjects.drillCommand,
      { commandId, incidentId, district, priority, by: user.id, byName: user.name, at: new Date().toISOString() },
      commandId,
    );
    return { accepted: true, commandId, incidentId };
  }
}
