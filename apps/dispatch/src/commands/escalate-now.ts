import { Inject, Injectable } from '@nestjs/common';
import { EscalateCommand } from '@rescue/contracts';
import { Database } from '@rescue/persistence';
import { AdvanceChain } from '../escalation/advance-chain';

/** A coordinator does not wait for the deadline: the open chains move to their next step now. */
@Injectable()
export class EscalateNow {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly advance: AdvanceChain,
  ) {}

  async execute(cmd: EscalateCommand): Promise<void> {
    const roles = await this.db.query<{ role: string; step: number; fence: number }>(
      `SELECT role, step, fence FROM incident_roles WHERE incident_id = $1 AND state = 'pending' AND ($2::text IS NULL OR role = $2)`,
      [cmd.incidentId, cmd.role ?? null],
    );
    for (const r of roles) await this.advance.execute(cmd.incidentId, r.role, { step: r.step, fence: r.fence }, 'manual');
  }
}
