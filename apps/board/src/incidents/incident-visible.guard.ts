import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthedRequest } from '../auth/authed-request';
import { IncidentQueries } from './incident-queries';

/**
 * The incident of the path (`:id`) is one the caller's organisation is part of: 403 otherwise, 404
 * for none. A guard, so it decides before the body is validated: a caller who may not see the
 * incident hears that, not what was wrong with their body. Runs after the global AuthGuard.
 */
@Injectable()
export class IncidentVisible implements CanActivate {
  constructor(private readonly queries: IncidentQueries) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    await this.queries.assertVisible(req.user, req.params.id as string);
    return true;
  }
}
