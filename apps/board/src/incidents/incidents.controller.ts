import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
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

  /** `?status=open` (triggered and acknowledged), or a state (`resolved`, `review`, ...), or all. */
  @Get()
  list(@Req() req: AuthedRequest, @Query('status') status?: string) {
    return this.queries.list(req.user, status);
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
