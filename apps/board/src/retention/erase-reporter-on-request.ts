import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { z } from 'zod';
import { Database } from '@rescue/persistence';
import { Clock } from '@rescue/platform';
import { BoardUser } from '../auth/sessions';
import { eraseReporterDetails } from './reporter-erasure';

export const EraseBody = z.object({ reason: z.string().trim().min(1, 'say why (e.g. "the reporter asked")').max(500) });

/** An admin erases one tip's reporter details at once (a reporter asked, or they were given by mistake); audited. */
@Injectable()
export class EraseReporterOnRequest {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async execute(admin: BoardUser, tipId: string, body: z.infer<typeof EraseBody>) {
    const { reason } = body;
    const tip = await this.db.one<{ incident_id: string; reporter_erased_at: Date | null }>(`SELECT incident_id, reporter_erased_at FROM tips WHERE id = $1`, [tipId]);
    if (!tip) throw new NotFoundException(`no tip ${tipId}`);
    const at = this.clock.now();
    const erased = await eraseReporterDetails(this.db, [tipId], at, 'request');
    await this.db.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'reporter.erased', $2, $3)`, [
      admin.id,
      `tip:${tipId}`,
      { incidentId: tip.incident_id, email: admin.email, reason, hadDetails: erased.length > 0 },
    ]);
    return { tipId, incidentId: tip.incident_id, erasedAt: erased.length ? at.toISOString() : tip.reporter_erased_at?.toISOString() ?? null };
  }
}
