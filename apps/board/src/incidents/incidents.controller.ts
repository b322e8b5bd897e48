import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { Roles } from '../auth/auth.guard';
import { BoardUser } from '../auth/sessions';
import { IncidentCommands } from './incident-commands';
import { IncidentQueries } from './incident-queries';

type AuthedRequest = Request & { user: BoardUser };

@Controller('v1')
export class IncidentsController {
  constructor(
    private readonly queries: IncidentQueries,
    private readonly commands: IncidentCommands,
  ) {}

  @Get('tips/:tipId')
  tip(@Req() req: AuthedRequest, @Param('tipId') tipId: string) {
    return this.queries.tip(req.user, tipId);
  }

  @Get('incidents')
  list(@Req() req: AuthedRequest, @Query('status') status?: string) {
    return this.queries.list(req.user, status);
  }

  @Get('incidents/:id')
  get(@Req() req: AuthedRequest, @Param('id') id: string) {
    return this.queries.get(req.user, id);
  }

  @Post('incidents/:id/acknowledge')
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  async acknowledge(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.get(req.user, id);
    return this.commands.acknowledge(req.user, id, body);
  }

  @Post('incidents/:id/escalate')
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  async escalate(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.get(req.user, id);
    return this.commands.escalate(req.user, id, body);
  }

  @Post('incidents/:id/resolve')
  @HttpCode(202)
  @Roles('admin', 'coordinator')
  async resolve(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.get(req.user, id);
    return this.commands.resolve(req.user, id, body);
  }

  @Post('incidents/:id/notes')
  @HttpCode(201)
  async note(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: unknown) {
    await this.queries.get(req.user, id);
    return this.commands.note(req.user, id, body);
  }
}
