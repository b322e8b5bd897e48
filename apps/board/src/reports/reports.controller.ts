import { Summary, ValidQuery } from '@rescue/platform';
import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../auth/auth.guard';
import { AuthedRequest } from '../auth/authed-request';
import { ExportIncidents } from './export-incidents';
import { PrintReport } from './print-report';
import { ReportQuery } from './report-filter';
import { SummarizeIncidents } from './summarize-incidents';

/** An export as a file to save: its type and name in the headers. */
function attachment(res: Response, type: string, filename: string, body: string): string {
  res.setHeader('content-type', `${type}; charset=utf-8`);
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  return body;
}

@Controller('v1/reports')
@Roles('admin', 'coordinator')
export class ReportsController {
  constructor(
    private readonly exportIncidents: ExportIncidents,
    private readonly summarizeIncidents: SummarizeIncidents,
    private readonly printReport: PrintReport,
  ) {}

  /** The period's figures as JSON (the reports page draws them): same filter as the CSV. */
  @Get('summary')
  @Summary("A period's figures as JSON")
  summary(@Req() req: AuthedRequest, @ValidQuery(ReportQuery) query: ReportQuery) {
    return this.summarizeIncidents.execute(req.user, query);
  }

  /** The same figures as one HTML file to print or keep (the monthly report); audited like the CSV. */
  @Get('report.html')
  @Summary("A period's figures as one HTML file to print")
  async reportHtml(@Req() req: AuthedRequest, @ValidQuery(ReportQuery) query: ReportQuery, @Res({ passthrough: true }) res: Response) {
    const { filename, html } = await this.printReport.execute(req.user, query);
    return attachment(res, 'text/html', filename, html);
  }

  /** `?from=YYYY-MM-DD&to=YYYY-MM-DD` (Bangkok days, both included), `&district=`, `&priority=`, `&text=true` for the tips' words. */
  @Get('incidents.csv')
  @Summary("A period's incidents as CSV")
  async incidentsCsv(@Req() req: AuthedRequest, @ValidQuery(ReportQuery) query: ReportQuery, @Res({ passthrough: true }) res: Response) {
    const { filename, csv } = await this.exportIncidents.execute(req.user, query);
    return attachment(res, 'text/csv', filename, csv);
  }
}
