import type { z } from 'zod';
import { Summary, ValidBody } from '@rescue/platform';
import { Controller, Get, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Roles } from '../auth/auth.guard';
import { AuthedRequest } from '../auth/authed-request';
import { IncidentQueries } from '../incidents/incident-queries';
import { EraseBody, EraseReporterOnRequest } from '../retention/erase-reporter-on-request';
import { FileTip } from './file-tip';
import { OperatorTipForm } from './operator-tip-form';
import { RevealReporter } from './reveal-reporter';

@Controller('v1/tips')
export class TipsController {
  constructor(
    private readonly fileTip: FileTip,
    private readonly revealReporter: RevealReporter,
    private readonly queries: IncidentQueries,
    private readonly eraseReporter: EraseReporterOnRequest,
  ) {}

  /** The operator console's form; 202 `{tipId}` once intake stored the tip. Poll `GET /v1/tips/:tipId` for triage. */
  @Post()
  @Summary('File a tip from the operator console (through intake)')
  @HttpCode(202)
  @Roles('admin', 'coordinator', 'operator')
  file(@Req() req: AuthedRequest, @ValidBody(OperatorTipForm) body: OperatorTipForm, @Headers('idempotency-key') idempotencyKey?: string) {
    return this.fileTip.execute(req.user, body, idempotencyKey?.slice(0, 100) || undefined);
  }

  @Get(':tipId')
  @Summary("A tip's triage")
  tip(@Req() req: AuthedRequest, @Param('tipId') tipId: string) {
    return this.queries.tip(req.user, tipId);
  }

  /** Reporter contact details: only for the roles that call reporters back; every view is audited. */
  @Get(':tipId/reporter')
  @Summary("A tip's reporter contact details (audited)")
  @Roles('admin', 'coordinator')
  reporter(@Req() req: AuthedRequest, @Param('tipId') tipId: string) {
    return this.revealReporter.execute(req.user, tipId);
  }

  /** `{reason}`: erases the tip's reporter details now (contact, LINE id, photos); the tip and its case stay. Audited. */
  @Post(':tipId/reporter/erase')
  @Summary("Erase a tip's reporter details now (audited)")
  @HttpCode(200)
  @Roles('admin')
  eraseReporterDetails(@Req() req: AuthedRequest, @Param('tipId') tipId: string, @ValidBody(EraseBody) body: z.infer<typeof EraseBody>) {
    return this.eraseReporter.execute(req.user, tipId, body);
  }
}
