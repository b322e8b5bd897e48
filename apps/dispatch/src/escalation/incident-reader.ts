import { Inject, Injectable } from '@nestjs/common';
import { FrozenPolicy } from '@rescue/domain';
import { Database } from '@rescue/persistence';

export interface OpenIncident {
  id: string;
  state: string;
  priority: string;
  district: string;
  summary: string;
  policy: FrozenPolicy | null;
}

@Injectable()
export class IncidentReader {
  constructor(@Inject(Database) private readonly db: Database) {}

  get(incidentId: string): Promise<OpenIncident | undefined> {
    return this.db.one<OpenIncident>(
      'SELECT id, state, priority, district, summary, policy FROM incidents WHERE id = $1',
      [incidentId],
    );
  }
}
