import { Inject, Injectable, Logger } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { Clock } from '@rescue/platform';
import { BOARD_CONFIG, BoardConfig } from '../config';
import { eraseExpiredReporterDetails } from './reporter-erasure';

/** The daily retention run: erases the reporter details of incidents closed more than REPORTER_PII_RETENTION_DAYS ago. */
@Injectable()
export class EraseExpiredReporterDetails {
  private readonly logger = new Logger(EraseExpiredReporterDetails.name);

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(BOARD_CONFIG) private readonly config: BoardConfig,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<number> {
    const erased = await eraseExpiredReporterDetails(this.db, this.clock.now(), this.config.REPORTER_PII_RETENTION_DAYS);
    if (erased) this.logger.log(`erased the reporter details of ${erased} tips (closed over ${this.config.REPORTER_PII_RETENTION_DAYS} days ago)`);
    return erased;
  }
}
