import type { z } from 'zod';
import { Summary, ValidBody } from '@rescue/platform';
import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { Roles } from '../auth/auth.guard';
import { AuthedRequest } from '../auth/authed-request';
import { LoginThrottle } from '../auth/login-throttle';
import { CreateUser, NewUser } from './create-user';
import { ResetSecondFactor } from './reset-second-factor';
import { SetUserActive } from './set-user-active';
import { SetPassword, SetUserPassword } from './set-user-password';

@Controller('v1/users')
@Roles('admin')
export class UsersController {
  constructor(
    private readonly createUser: CreateUser,
    private readonly setActive: SetUserActive,
    @Inject(Database) private readonly db: Database,
    private readonly throttle: LoginThrottle,
    private readonly setUserPassword: SetUserPassword,
    private readonly resetSecondFactorOf: ResetSecondFactor,
  ) {}

  @Post()
  @Summary('Create a board user')
  create(@Req() req: AuthedRequest, @ValidBody(NewUser) body: z.infer<typeof NewUser>) {
    return this.createUser.execute(req.user, body);
  }

  @Get()
  @Summary('Every board user')
  list() {
    return this.db.query(
      `SELECT id, email, name, role, organization, responder_id AS "responderId", created_at AS "createdAt", deactivated_at IS NULL AS active, deactivated_at AS "deactivatedAt",
              totp_enabled_at IS NOT NULL AS "secondFactor"
       FROM users ORDER BY role, email`,
    );
  }

  /** Ends every session of the user and refuses their logins from now on. */
  @Post(':id/deactivate')
  @Summary('Deactivate a user (their sessions end)')
  @HttpCode(200)
  deactivate(@Req() req: AuthedRequest, @Param('id') id: string) {
    return this.setActive.execute(req.user, id, false);
  }

  /** Lifts the lockout after too many wrong passwords at once (audited). */
  @Post(':id/unlock')
  @Summary('Lift a login lockout')
  @HttpCode(200)
  async unlock(@Req() req: AuthedRequest, @Param('id') id: string) {
    const user = await this.db.one<{ email: string }>('SELECT email FROM users WHERE id = $1', [id]);
    if (!user) throw new NotFoundException(`no user ${id}`);
    const wasLocked = await this.throttle.unlock(user.email);
    await this.db.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'user.unlocked', $2, $3)`, [
      req.user.id, `user:${id}`, { email: user.email, wasLocked },
    ]);
    return { id, unlocked: true, wasLocked };
  }

  /** `{password}`: a new password for the user; their sessions end. */
  @Post(':id/password')
  @Summary('Give a user a new password (their sessions end)')
  @HttpCode(200)
  setPassword(@Req() req: AuthedRequest, @Param('id') id: string, @ValidBody(SetPassword) body: z.infer<typeof SetPassword>) {
    return this.setUserPassword.execute(req.user, id, body);
  }

  /** Forgets the user's authenticator and recovery codes (a lost phone); their sessions end. */
  @Post(':id/second-factor/reset')
  @Summary("Forget a user's authenticator and recovery codes")
  @HttpCode(200)
  resetSecondFactor(@Req() req: AuthedRequest, @Param('id') id: string) {
    return this.resetSecondFactorOf.execute(req.user, id);
  }

  @Post(':id/reactivate')
  @Summary('Reactivate a user')
  @HttpCode(200)
  reactivate(@Req() req: AuthedRequest, @Param('id') id: string) {
    return this.setActive.execute(req.user, id, true);
  }
}
