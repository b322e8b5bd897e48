import { BadRequestException, Controller, Get, Inject, OnModuleInit, Query } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { Directory, onCall, parseDirectory } from '@rescue/domain';
import { BOARD_CONFIG, BoardConfig } from '../config';

/** Who is on call at a time (now by default), from the same directory file dispatch uses. */
@Controller('v1/oncall')
export class OnCallController implements OnModuleInit {
  private directory!: Directory;

  constructor(@Inject(BOARD_CONFIG) private readonly config: BoardConfig) {}

  onModuleInit() {
    this.directory = parseDirectory(readFileSync(this.config.DIRECTORY_FILE, 'utf8'), this.config.DIRECTORY_FILE);
  }

  @Get()
  get(@Query('district') district?: string, @Query('role') role?: string, @Query('at') at?: string) {
    const when = at ? new Date(at) : new Date();
    if (Number.isNaN(when.getTime())) throw new BadRequestException('at: must be an ISO 8601 date-time');
    const organizations = new Map(this.directory.organizations.map((o) => [o.id, o]));
    return onCall(this.directory, { district: district || undefined, role: role || undefined, at: when }).map((e) => ({
      responderId: e.responderId,
      name: e.name,
      role: e.role,
      organization: organizations.get(e.organization)?.name ?? e.organization,
      channels: e.channels,
    }));
  }
}
