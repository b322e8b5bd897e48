import { Body, Controller, Get, Inject, Post, Req } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { Roles } from '../auth/auth.guard';
import { AuthedRequest } from '../auth/authed-request';
import { CreateUser } from './create-user';

@Controller('v1/users')
@Roles('admin')
export class UsersController {
  constructor(
    private readonly createUser: CreateUser,
    @Inject(Database) private readonly db: Database,
  ) {}

  @Post()
  create(@Req() req: AuthedRequest, @Body() body: unknown) {
    return this.createUser.execute(req.user, body);
  }

  @Get()
  list() {
    return this.db.query(
      `SELECT id, email, name, role, organization, created_at AS "createdAt" FROM users ORDER BY role, email`,
    );
  }
}
