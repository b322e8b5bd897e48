import type { z } from 'zod';
import { Summary, ValidBody } from '@rescue/platform';
import { Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Roles } from '../auth/auth.guard';
import { AuthedRequest } from '../auth/authed-request';
import { DrillReports } from './drill-report';
import { DrillBody, StartDrill } from './start-drill';

/** Drills: started by a coordinator, paging the real on-call people; reported on their own. */
@Controller('v1/drills')
@Roles('admin', 'coordinator')
export class DrillsController {
  constructor(
    private readonly startDrill: StartDrill,
    private readonly reports: DrillReports,
  ) {}

  /** `{district, priority}` (P1-P3): the drill's incident id at once; dispatch opens and pages it. */
  @Post()
  @Summary('Start a drill for a district and priority (pages the real on-call people)')
  @HttpCode(202)
  start(@Req() req: AuthedRequest, @ValidBody(DrillBody, { optional: true }) body: z.infer<typeof DrillBody>) {
    return this.startDrill.execute(req.user, body);
  }

  /** The drills, newest first, with how many were paged and how many answered. */
  @Get()
  @Summary('The drills, newest first')
  list() {
    return this.reports.list();
  }

  /** One drill's report: who answered, how fast and by which channel, and who never answered. */
  @Get(':id')
  @Summary("One drill's report: who answered, how fast, by which channel")
  report(@Param('id') id: string) {
    return this.reports.report(id);
  }
}
