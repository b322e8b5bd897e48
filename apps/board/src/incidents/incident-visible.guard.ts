import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { PlainInputPipe } from '@rescue/platform';
import { AuthedRequest } from '../auth/authed-request';
import { IncidentQueries } from './incident-queries';

const plain = new PlainInputPipe();

/**
 * The incident of the path (`:id`) is one the caller's organisation is part of: 403 otherwise, 404
 * for none. A guard, so it decides before the body is validated: a caller who may not see the
 * incident hears that, not what was wrong with their body. Runs after the global AuthGuard, and
 * before the pipes, so it checks the id is plain text itself (a NUL would reach PostgreSQL: a 500).
 */
@Injectable()
export class IncidentVisible implements CanActivate {
  constructor(private readonly queries: IncidentQueries) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const id = plain.transform(req.params.id, { type: 'param', data: 'id' }) as string;
    await this.queries.assertVisible(req.user, id);
    return true;
  }
}
