import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { Answers, Public, Summary, ValidBody } from '@rescue/platform';
import { AllowedBeforeSecondFactor, tokenFrom } from './auth.guard';
import { AuthedRequest } from './authed-request';
import { LogIn, LoginThrottled } from './log-in';
import { ChangePassword, PasswordChange } from './password/change-password';
import { Sessions } from './sessions';

export const Login = z.object({ email: z.string().email(), password: z.string().min(1), code: z.string().trim().min(1).max(40).optional() });

@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly sessions: Sessions,
    private readonly logIn: LogIn,
    private readonly changePasswordOf: ChangePassword,
  ) {}

  /**
   * `{token}` for `Authorization: Bearer`, and the same token as an HttpOnly cookie for the console.
   * 401 for a wrong email or password (the same answer, in the same time, for both); for an account
   * with a second factor, 401 `secondFactor: 'required'` until `code` comes too. 429 with
   * Retry-After while the account or the address is locked after too many failures.
   */
  @Public()
  @Post('login')
  @Answers({
    '401': 'Wrong email or password; or `secondFactor: "required"`: send `code` (the authenticator app\'s, or a recovery code) too',
    '429': 'Locked after too many failures (Retry-After says for how long)',
  })
  @Summary('Log in with email and password (and the authenticator or recovery code once the account has a second factor): a session token and cookie')
  @HttpCode(200)
  async login(@Req() req: Request, @ValidBody(Login) body: z.infer<typeof Login>, @Res({ passthrough: true }) res: Response) {
    const { email, password, code } = body;
    let session;
    try {
      session = await this.logIn.execute(email, password, code, req.ip ?? 'unknown');
    } catch (err) {
      if (err instanceof LoginThrottled) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
    // Secure whenever the board is reached over TLS (directly, or through a proxy BOARD_TRUST_PROXY trusts).
    res.cookie('board_session', session.token, { httpOnly: true, sameSite: 'strict', secure: req.secure, expires: session.expiresAt, path: '/' });
    return { token: session.token, expiresAt: session.expiresAt.toISOString(), user: session.user };
  }

  /** Who is logged in (the console asks on load; 401 means show the login form). */
  @Get('me')
  @Summary('The logged-in user')
  @AllowedBeforeSecondFactor()
  me(@Req() req: AuthedRequest) {
    return req.user;
  }

  /** `{currentPassword, newPassword}`: every other session of the user ends. */
  @Post('password')
  @Summary('Change your own password (your other sessions end)')
  @HttpCode(200)
  changePassword(@Req() req: AuthedRequest, @ValidBody(PasswordChange) body: z.infer<typeof PasswordChange>) {
    return this.changePasswordOf.execute(req.user, tokenFrom(req)!, body, req.ip ?? 'unknown');
  }

  @Post('logout')
  @Summary('End this session')
  @AllowedBeforeSecondFactor()
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const token = tokenFrom(req);
    if (token) await this.sessions.logout(token);
    res.clearCookie('board_session', { path: '/' });
  }
}
