import { Summary, ValidQuery } from '@rescue/platform';
import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../auth/auth.guard';
import { AuthedRequest } from '../auth/authed-request';
import { ExportIncidents } from './export-incidents';
import { ReportQuery } from './report-filter';
import { SummarizeIncidents } from './summarize-incidents';

@Controller('v1/reports')
@Roles('admin', 'coordinator')
export class ReportsController {
  constructor(
    private readonly exportIncidents: ExportIncidents,
    private readonly summarizeIncidents: SummarizeIncidents,
  ) {}

  /** The period's figures as JSON (the reports page draws them): same filter as the CSV. */
  @Get('summary')
  @Summary("A period's figures as JSON")
  summary(@Req() req: AuthedRequest, @ValidQuery(ReportQuery) query: ReportQuery) {
    return this.summarizeIncidents.execute(req.user, query);
  }

  /** `?from=YYYY-MM-DD&to=YYYY-MM-DD` (Bangkok days, both included), `&district=`, `&priority=`, `&text=true` for the tips' words. */
  @Get('incidents.csv')
  @Summary("A period's incidents as CSV")
  async incidentsCsv(@Req() req: AuthedRequest, @ValidQuery(ReportQuery) query: ReportQuery, @Res({ passthrough: true }) res: Response) {
    const { filename, csv } = await this.exportIncidents.execute(req.user, query);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    return csv;
  }
}
