import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { LoginThrottle } from './login-throttle';
import { SecondFactors } from './second-factor/second-factors';
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

/** The password was right; the account has a second factor and no code came with it (not a failure). */
export class SecondFactorNeeded extends UnauthorizedException {
  constructor() {
    super({ statusCode: 401, message: 'code: the code from your authenticator app (or a recovery code) is needed', secondFactor: 'required' });
  }
}

/**
 * A login: refused while the account or the address is locked (429, even with the right password),
 * else the password is checked and, for an account with a second factor, the code; a wrong password
 * or a wrong code is counted and audited (who tried which email from where), a success clears the
 * account's count. An account of a role that must have a second factor and has none yet gets a
 * session that can only set it up.
 */
@Injectable()
export class LogIn {
  constructor(
    private readonly sessions: Sessions,
    private readonly secondFactors: SecondFactors,
    private readonly throttle: LoginThrottle,
    @Inject(Database) private readonly db: Database,
  ) {}

  async execute(email: string, password: string, code: string | undefined, address: string): Promise<{ token: string; user: BoardUser; expiresAt: Date }> {
    const account = email.trim().toLowerCase();
    const refused = await this.throttle.refusal(account, address);
    if (refused) throw new LoginThrottled(refused.retryAfterSeconds, refused.scope);
    const user = await this.sessions.checkPassword(account, password);
    if (!user) return this.fail(account, address, 'auth.login-failed', 'wrong email or password');
    if (user.totp_enabled_at) {
      if (!code) throw new SecondFactorNeeded();
      const proof = await this.secondFactors.prove(user.id, code);
      if (!proof) return this.fail(account, address, 'auth.second-factor-failed', 'code: wrong or already used');
      if (proof === 'recovery-code') await this.audit(user.id, 'auth.recovery-code-used', `user:${user.id}`, { address, left: await this.secondFactors.recoveryCodesLeft(user.id) });
    }
    await this.throttle.succeeded(account);
    return this.sessions.start(user);
  }

  private async fail(account: string, address: string, action: string, message: string): Promise<never> {
    const failures = await this.throttle.failed(account, address);
    await this.audit('anonymous', action, `email:${account}`, { address, failures });
    throw new UnauthorizedException(message);
  }

  private async audit(actor: string, action: string, subject: string, detail: object) {
    await this.db.query('INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, $2, $3, $4)', [actor, action, subject, detail]);
  }
}
