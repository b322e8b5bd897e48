import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';

export interface CommandPosition {
  role: string;
  step: number;
  fence: number;
}

/**
 * The pending chains a command acts on, as they stood when the command was first carried out. The
 * first delivery records them; a redelivery (JetStream after a crash or a failed publish) reads the
 * same positions back, and the conditional moves of AdvanceChain then change nothing a second time.
 */
@Injectable()
export class CommandPositions {
  constructor(@Inject(Database) private readonly db: Database) {}

  async pendingChains(commandId: string, incidentId: string, role?: string): Promise<CommandPosition[]> {
    const row = await this.db.one<{ positions: CommandPosition[] }>(
      `WITH first AS (
         INSERT INTO command_positions (command_id, incident_id, positions)
         SELECT $1, $2, COALESCE(jsonb_agg(jsonb_build_object('role', role, 'step', step, 'fence', fence) ORDER BY role), '[]')
           FROM incident_roles WHERE incident_id = $2 AND state = 'pending' AND ($3::text IS NULL OR role = $3)
         ON CONFLICT (command_id) DO NOTHING
         RETURNING positions)
       SELECT positions FROM first
       UNION ALL
       SELECT positions FROM command_positions WHERE command_id = $1`,
      [commandId, incidentId, role ?? null],
    );
    return row?.positions ?? [];
  }
}
