import type { Request } from 'express';
import { BoardUser } from './sessions';

/** A request that passed the AuthGuard: `user` is the logged-in board user. */
export type AuthedRequest = Request & { user: BoardUser };
