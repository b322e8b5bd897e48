import type { z } from 'zod';
import { overrideEditSchema, responderPatchSchema, responderSchema } from '@rescue/domain';
import { Summary, ValidBody } from '@rescue/platform';
import { Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { Roles } from '../auth/auth.guard';
import { AuthedRequest } from '../auth/authed-request';
import { AddOverride } from './add-override';
import { BoardDirectory } from './board-directory';
import { CreateResponder } from './create-responder';
import { IssueLinkCode } from './issue-link-code';
import { RemoveOverride } from './remove-override';
import { UpdateResponder } from './update-responder';

/**
 * The on-call directory: deploy/directory.yaml with the edits made here on top. Admins manage
 * responders; coordinators (and admins) manage schedule overrides. Every change is audited.
 */
@Controller('v1/directory')
@Roles('admin', 'coordinator')
export class DirectoryController {
  constructor(
    private readonly directory: BoardDirectory,
    private readonly createResponder: CreateResponder,
    private readonly updateResponder: UpdateResponder,
    private readonly addOverride: AddOverride,
    private readonly removeOverride: RemoveOverride,
    private readonly issueLinkCode: IssueLinkCode,
    @Inject(Database) private readonly db: Database,
  ) {}

  @Get()
  @Summary("The on-call directory: the file with the board's edits on top")
  async get() {
    const state = await this.directory.current();
    const boardOverrides = await this.db.query(
      `SELECT id, schedule_id, starts_at, ends_at, responder_id, replaces, note, created_by, created_at
         FROM directory_overrides WHERE removed_at IS NULL ORDER BY created_at, id`,
    );
    const leftOut = new Set(state.problems.map((p) => p.edit));
    return {
      version: state.version,
      timeZone: state.directory.timeZone,
      organizations: state.directory.organizations,
      responders: state.responders,
      teams: state.directory.teams,
      coordinators: state.directory.coordinators,
      schedules: state.file.schedules.map((s) => ({
        id: s.id,
        name: s.name,
        role: s.role,
        districts: s.districts,
        timeZone: s.timeZone,
        layers: s.layers,
        overrides: [
          ...s.overrides.map((o) => ({ source: 'file', start: o.start, end: o.end, responder: o.responder, replaces: o.replaces ?? null })),
          ...boardOverrides
            .filter((o) => o.schedule_id === s.id)
            .map((o) => ({
              source: 'board', id: o.id, start: o.starts_at, end: o.ends_at, responder: o.responder_id, replaces: o.replaces,
              note: o.note, createdBy: o.created_by, createdAt: o.created_at, applied: !leftOut.has(`override ${o.id}`),
            })),
        ],
      })),
      policies: state.directory.policies,
      /** Stored edits that no longer fit the file (left out, so dispatch does not use them either). */
      problems: state.problems,
    };
  }

  @Post('responders')
  @Summary('Add a responder')
  @Roles('admin')
  create(@Req() req: AuthedRequest, @ValidBody(responderSchema) body: z.infer<typeof responderSchema>) {
    return this.createResponder.execute(req.user, body);
  }

  @Patch('responders/:id')
  @Summary('Change, deactivate or reactivate a responder')
  @Roles('admin')
  update(@Req() req: AuthedRequest, @Param('id') id: string, @ValidBody(responderPatchSchema) body: z.infer<typeof responderPatchSchema>) {
    return this.updateResponder.execute(req.user, id, body);
  }

  /** Sends a one-time link code to the responder's current phone or LINE: `{sentTo, expiresAt}`, never the code. */
  @Post('responders/:id/link-codes')
  @Summary("Send a one-time link code to a responder's phone or LINE")
  @Roles('admin')
  linkCode(@Req() req: AuthedRequest, @Param('id') id: string) {
    return this.issueLinkCode.execute(req.user, id);
  }

  @Post('overrides')
  @Summary('Add a schedule override (cover a shift or take a slot)')
  add(@Req() req: AuthedRequest, @ValidBody(overrideEditSchema) body: z.infer<typeof overrideEditSchema>) {
    return this.addOverride.execute(req.user, body);
  }

  @Delete('overrides/:id')
  @Summary('Remove a board override')
  @HttpCode(200)
  remove(@Req() req: AuthedRequest, @Param('id') id: string) {
    return this.removeOverride.execute(req.user, id);
  }

  /** Every change, newest first: who, when, what it was before and after. */
  @Get('audit')
  @Summary('Every directory change, newest first')
  audit(@Query('limit') limit?: string) {
    const n = Math.min(Math.max(Number(limit) || 100, 1), 1000);
    return this.db.query(
      `SELECT a.id::text AS id, a.at, a.actor, u.email AS "actorEmail", u.name AS "actorName", a.action, a.subject,
              a.detail->'before' AS before, a.detail->'after' AS after
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor
        WHERE a.action LIKE 'directory.%' ORDER BY a.id DESC LIMIT $1`,
      [n],
    );
  }
}
