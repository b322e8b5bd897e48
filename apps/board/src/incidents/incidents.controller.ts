import { BadRequestException, Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { Roles } from '../auth/auth.guard';
import { AuthedRequest } from '../auth/authed-request';
import { IncidentCommands } from './incident-commands';
import { IncidentQueries } from './incident-queries';
import { OverrideTriage } from './override-triage';

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
  list(@Req() req: AuthedRequest, @Query('status') status?: string, @Query('ids') ids?: string) {
    const only = ids === undefined ? undefined : ids.split(',').map((id) => id.trim()).filter(Boolean);
    if (only && (only.length === 0 || only.length > 200)) throw new BadRequestException('ids: give 1 to 200 incident ids, comma-separated');
    return this.queries.list(req.user, status, only);
  }

  @Get(':id')
  get(@Req() req: AuthedRequest, @Param('id') id: string) {
    return this.queries.get(req.user, id);
  }

  @Post(':id/acknowledge')
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  async acknowledge(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.assertVisible(req.user, id);
    return this.commands.acknowledge(req.user, id, body);
  }

  @Post(':id/escalate')
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  async escalate(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.assertVisible(req.user, id);
    return this.commands.escalate(req.user, id, body);
  }

  @Post(':id/renotify')
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  async renotify(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.assertVisible(req.user, id);
    return this.commands.renotify(req.user, id, body);
  }

  @Post(':id/resolve')
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  async resolve(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.assertVisible(req.user, id);
    return this.commands.resolve(req.user, id, body);
  }

  /** A resolved incident back on the board, `{reason}` required (audited). */
  @Post(':id/reopen')
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  async reopen(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.assertVisible(req.user, id);
    return this.commands.reopen(req.user, id, body);
  }

  /** Who the role could be reassigned to: the directory's responders of that role, on call first. */
  @Get(':id/candidates')
  @Roles('admin', 'coordinator')
  async candidates(@Req() req: AuthedRequest, @Param('id') id: string, @Query('role') role?: string) {
    await this.queries.assertVisible(req.user, id);
    return this.queries.reassignCandidates(id, role);
  }

  /** Pages one responder for a role now; the role's escalation continues from there. */
  @Post(':id/reassign')
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  async reassign(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.assertVisible(req.user, id);
    return this.commands.reassign(req.user, id, body);
  }

  /** Closes this incident as a duplicate of `into` (its tips show there). */
  @Post(':id/merge')
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  async merge(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.assertVisible(req.user, id);
    return this.commands.merge(req.user, id, body);
  }

  /** Takes a wrongly joined tip back out into an incident of its own (paged as a new one). */
  @Post(':id/tips/:tipId/split')
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  async split(@Req() req: AuthedRequest, @Param('id') id: string, @Param('tipId') tipId: string, @Body() body: unknown) {
    await this.queries.assertVisible(req.user, id);
    return this.commands.split(req.user, id, tipId, body);
  }

  @Post(':id/notes')
  @HttpCode(201)
  async note(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.assertVisible(req.user, id);
    return this.commands.note(req.user, id, body);
  }

  /** Correct triage's priority and/or district, with a reason (kept in the timeline). */
  @Post(':id/override')
  @HttpCode(200)
  @Roles('admin', 'coordinator', 'operator')
  async override(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.assertVisible(req.user, id);
    return this.overrideTriage.execute(req.user, id, body);
  }
}
