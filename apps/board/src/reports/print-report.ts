import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { Clock } from '@rescue/platform';
import { BoardUser } from '../auth/sessions';
import { ReportQuery } from './report-filter';
import { auditExport } from './audit-export';
import { renderReportDocument } from './report-document';
import { SummarizeIncidents } from './summarize-incidents';

/** The period's report as a file to print or send to a funder (the monthly report of the MDT meeting); audited. */
@Injectable()
export class PrintReport {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly summarize: SummarizeIncidents,
    private readonly clock: Clock,
  ) {}

  async execute(user: BoardUser, query: ReportQuery): Promise<{ filename: string; html: string }> {
    const figures = await this.summarize.execute(user, query);
    await auditExport(this.db, user, 'report:summary', { filter: figures.period, organization: figures.organization, rows: figures.incidents });
    return {
      filename: `report-${figures.period.from}-to-${figures.period.to}.html`,
      html: renderReportDocument(figures, { at: this.clock.now(), by: user.email }),
    };
  }
}
