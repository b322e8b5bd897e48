import { BadRequestException, Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { onCall, scheduleGaps } from '@rescue/domain';
import { Clock, Summary } from '@rescue/platform';
import { Roles } from '../auth/auth.guard';
import { AuthedRequest } from '../auth/authed-request';
import { BOARD_CONFIG, BoardConfig } from '../config';
import { BoardDirectory } from '../directory/board-directory';

/** Who is on call at a time (now by default), from the directory dispatch uses (file and board edits). */
@Controller('v1/oncall')
export class OnCallController {
  constructor(
    @Inject(BOARD_CONFIG) private readonly config: BoardConfig,
    private readonly directory: BoardDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * Phone numbers and LINE ids go only to those who page people by hand (admins, coordinators);
   * a responder account sees its own; everyone else sees who is on call and by which channels they
   * can be reached, not the addresses.
   */
  @Get()
  @Summary('Who is on call at a time, by district and role')
  async get(@Req() req: AuthedRequest, @Query('district') district?: string, @Query('role') role?: string, @Query('at') at?: string) {
    const when = at ? new Date(at) : this.clock.now();
    if (Number.isNaN(when.getTime())) throw new BadRequestException('at: must be an ISO 8601 date-time');
    const seesAllContacts = req.user.role === 'admin' || req.user.role === 'coordinator';
    const { directory } = await this.directory.current();
    const organizations = new Map(directory.organizations.map((o) => [o.id, o]));
    return onCall(directory, { district: district || undefined, role: role || undefined, at: when }).map((e) => ({
      responderId: e.responderId,
      name: e.name,
      role: e.role,
      organization: organizations.get(e.organization)?.name ?? e.organization,
      channels: seesAllContacts || (req.user.responderId !== null && e.responderId === req.user.responderId) ? e.channels : {},
      reachableBy: Object.keys(e.channels).filter((c) => e.channels[c as keyof typeof e.channels]),
    }));
  }

  /** Every interval in the next `days` (COVERAGE_GAP_DAYS by default) in which a schedule has nobody on call. */
  @Get('gaps')
  @Summary('Intervals in the coming days when a schedule has nobody on call')
  @Roles('admin', 'coordinator')
  async gaps(@Query('days') days?: string) {
    const n = days === undefined || days === '' ? this.config.COVERAGE_GAP_DAYS : Number(days);
    if (!Number.isFinite(n) || n <= 0 || n > 60) throw new BadRequestException('days: must be a number of days from 1 to 60');
    const { directory } = await this.directory.current();
    const from = this.clock.now();
    const to = new Date(from.getTime() + n * 86_400_000);
    const names = new Map(directory.schedules.map((s) => [s.id, s.name]));
    return scheduleGaps(directory, from, to).map((g) => ({
      scheduleId: g.scheduleId,
      scheduleName: names.get(g.scheduleId) ?? g.scheduleId,
      role: g.role,
      districts: g.districts,
      start: g.start.toISOString(),
      end: g.end.toISOString(),
      /** The gap goes on past the window asked for. */
      openEnded: g.end.getTime() === to.getTime(),
    }));
  }
}
