import { BadRequestException, Controller, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import type { z } from 'zod';
import { Summary, ValidBody } from '@rescue/platform';
import { Roles } from '../auth/auth.guard';
import { AuthedRequest } from '../auth/authed-request';
import { AcknowledgeBody, EscalateBody, IncidentCommands, MergeBody, NoteBody, ReassignBody, ReopenBody, ResolveBody, SplitBody } from './incident-commands';
import { IncidentQueries } from './incident-queries';
import { IncidentVisible } from './incident-visible.guard';
import { OverrideBody, OverrideTriage } from './override-triage';

@Controller('v1/incidents')
export class IncidentsController {
  constructor(
    private readonly queries: IncidentQueries,
    private readonly commands: IncidentCommands,
    private readonly overrideTriage: OverrideTriage,
  ) {}

  /**
   * `?status=open` (triggered and acknowledged), or states (`resolved,review`), or all; `?ids=a,b`
   * (at most 200) for just those incidents.
   */
  @Get()
  @Summary('Incidents the caller may see, by status or ids')
  list(@Req() req: AuthedRequest, @Query('status') status?: string, @Query('ids') ids?: string) {
    const only = ids === undefined ? undefined : ids.split(',').map((id) => id.trim()).filter(Boolean);
    if (only && (only.length === 0 || only.length > 200)) throw new BadRequestException('ids: give 1 to 200 incident ids, comma-separated');
    return this.queries.list(req.user, status, only);
  }

  @Get(':id')
  @Summary('One incident: roles, alerts, timeline, tips')
  get(@Req() req: AuthedRequest, @Param('id') id: string) {
    return this.queries.get(req.user, id);
  }

  @Post(':id/acknowledge')
  @Summary('Accept a role of the incident on behalf of a responder')
  @UseGuards(IncidentVisible)
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  acknowledge(@Req() req: AuthedRequest, @Param('id') id: string, @ValidBody(AcknowledgeBody, { optional: true }) body: z.infer<typeof AcknowledgeBody>) {
    return this.commands.acknowledge(req.user, id, body);
  }

  @Post(':id/escalate')
  @Summary("Move a role's escalation to its next step now")
  @UseGuards(IncidentVisible)
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  escalate(@Req() req: AuthedRequest, @Param('id') id: string, @ValidBody(EscalateBody, { optional: true }) body: z.infer<typeof EscalateBody>) {
    return this.commands.escalate(req.user, id, body);
  }

  @Post(':id/renotify')
  @Summary('Page again whoever the open roles wait for')
  @UseGuards(IncidentVisible)
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  renotify(@Req() req: AuthedRequest, @Param('id') id: string, @ValidBody(EscalateBody, { optional: true }) body: z.infer<typeof EscalateBody>) {
    return this.commands.renotify(req.user, id, body);
  }

  @Post(':id/resolve')
  @Summary('Close the incident with its outcome')
  @UseGuards(IncidentVisible)
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  resolve(@Req() req: AuthedRequest, @Param('id') id: string, @ValidBody(ResolveBody, { optional: true }) body: z.infer<typeof ResolveBody>) {
    return this.commands.resolve(req.user, id, body);
  }

  /** A resolved incident back on the board, `{reason}` required (audited). */
  @Post(':id/reopen')
  @Summary('Put a resolved incident back on the board')
  @UseGuards(IncidentVisible)
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  reopen(@Req() req: AuthedRequest, @Param('id') id: string, @ValidBody(ReopenBody, { optional: true }) body: z.infer<typeof ReopenBody>) {
    return this.commands.reopen(req.user, id, body);
  }

  /** Who the role could be reassigned to: the directory's responders of that role, on call first. */
  @Get(':id/candidates')
  @Summary('Who a role could be reassigned to, on call first')
  @UseGuards(IncidentVisible)
  @Roles('admin', 'coordinator')
  candidates(@Req() req: AuthedRequest, @Param('id') id: string, @Query('role') role?: string) {
    return this.queries.reassignCandidates(id, role);
  }

  /** Pages one responder for a role now; the role's escalation continues from there. */
  @Post(':id/reassign')
  @Summary('Page one chosen responder for a role now')
  @UseGuards(IncidentVisible)
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  reassign(@Req() req: AuthedRequest, @Param('id') id: string, @ValidBody(ReassignBody, { optional: true }) body: z.infer<typeof ReassignBody>) {
    return this.commands.reassign(req.user, id, body);
  }

  /** Closes this incident as a duplicate of `into` (its tips show there). */
  @Post(':id/merge')
  @Summary('Close the incident as a duplicate of another')
  @UseGuards(IncidentVisible)
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  merge(@Req() req: AuthedRequest, @Param('id') id: string, @ValidBody(MergeBody, { optional: true }) body: z.infer<typeof MergeBody>) {
    return this.commands.merge(req.user, id, body);
  }

  /** Takes a wrongly joined tip back out into an incident of its own (paged as a new one). */
  @Post(':id/tips/:tipId/split')
  @Summary('Take a wrongly joined tip out into an incident of its own')
  @UseGuards(IncidentVisible)
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  split(@Req() req: AuthedRequest, @Param('id') id: string, @Param('tipId') tipId: string, @ValidBody(SplitBody, { optional: true }) body: z.infer<typeof SplitBody>) {
    return this.commands.split(req.user, id, tipId, body);
  }

  @Post(':id/notes')
  @Summary('Add a note to the timeline')
  @UseGuards(IncidentVisible)
  @HttpCode(201)
  note(@Req() req: AuthedRequest, @Param('id') id: string, @ValidBody(NoteBody) body: z.infer<typeof NoteBody>) {
    return this.commands.note(req.user, id, body);
  }

  /** Correct triage's priority and/or district, with a reason (kept in the timeline). */
  @Post(':id/override')
  @Summary("Correct triage's priority or district, with a reason")
  @UseGuards(IncidentVisible)
  @HttpCode(200)
  @Roles('admin', 'coordinator', 'operator')
  override(@Req() req: AuthedRequest, @Param('id') id: string, @ValidBody(OverrideBody, { optional: true }) body: z.infer<typeof OverrideBody>) {
    return this.overrideTriage.execute(req.user, id, body);
  }
}
