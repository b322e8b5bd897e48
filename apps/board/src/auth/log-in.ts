import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { LoginThrottle } from './login-throttle';
import { BoardUser, Sessions } from './sessions';

/** A refused login that says when to try again (the controller sends it as Retry-After). */
export class LoginThrottled extends HttpException {
  constructor(readonly retryAfterSeconds: number, scope: 'account' | 'address') {
    super(
      { statusCode: 429, message: scope === 'account' ? 'too many wrong passwords for this account; try again later or ask an admin to unlock it' : 'too many failed logins from this address; try again later' },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * A login: refused while the account or the address is locked (429, even with the right password),
 * else checked; a failure is counted and audited (who tried which email from where), a success clears
 * the account's count.
 */
@Injectable()
export class LogIn {
  constructor(
    private readonly sessions: Sessions,
    private readonly throttle: LoginThrottle,
    @Inject(Database) private readonly db: Database,
  ) {}

  async execute(email: string, password: string, address: string): Promise<{ token: string; user: BoardUser; expiresAt: Date }> {
    const account = email.trim().toLowerCase();
    const refused = await this.throttle.refusal(account, address);
    if (refused) throw new LoginThrottled(refused.retryAfterSeconds, refused.scope);
    const session = await this.sessions.login(account, password);
    if (session) {
      await this.throttle.succeeded(account);
      return session;
    }
    const failures = await this.throttle.failed(account, address);
    await this.db.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ('anonymous', 'auth.login-failed', $1, $2)`, [
      `email:${account}`, { address, failures },
    ]);
    throw new UnauthorizedException('wrong email or password');
  }
}
