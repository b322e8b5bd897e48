import { CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { PUBLIC_ROUTE } from '@rescue/platform';
import { BoardUser, Sessions } from './sessions';

export const ROLES = 'roles';
/** Restricts a route to these board roles. */
export const Roles = (...roles: BoardUser['role'][]) => SetMetadata(ROLES, roles);

export const BEFORE_SECOND_FACTOR = 'before-second-factor';
/** A route a session may use before its account has set up the second factor its role requires. */
export const AllowedBeforeSecondFactor = () => SetMetadata(BEFORE_SECOND_FACTOR, true);

export function tokenFrom(req: Request): string | undefined {
  const bearer = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (bearer) return bearer;
  return req.headers.cookie?.match(/(?:^|;\s*)board_session=([^;]+)/)?.[1];
}

/**
 * The board's one global guard: every route needs a live session (bearer token or the console's
 * cookie) unless its handler or controller is marked @Public(), and an account whose role requires
 * a second factor it has not set up may use only the routes that set it up. It decides by route metadata only;
 * the console's static files never reach it (they are served before routing).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly sessions: Sessions,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const req = context.switchToHttp().getRequest<Request & { user?: BoardUser }>();
    const token = tokenFrom(req);
    const user = token ? await this.sessions.userFor(token) : undefined;
    if (!user) throw new UnauthorizedException('log in first (POST /v1/auth/login)');
    if (user.secondFactor === 'set-up-required' && !this.reflector.getAllAndOverride<boolean>(BEFORE_SECOND_FACTOR, targets)) {
      throw new ForbiddenException({
        statusCode: 403, secondFactor: 'set-up-required',
        message: `a ${user.role} needs a second factor: set up an authenticator app first (POST /v1/auth/second-factor)`,
      });
    }
    const roles = this.reflector.getAllAndOverride<BoardUser['role'][]>(ROLES, targets);
    if (roles && !roles.includes(user.role)) throw new ForbiddenException(`this needs one of the roles: ${roles.join(', ')}`);
    req.user = user;
    return true;
  }
}
