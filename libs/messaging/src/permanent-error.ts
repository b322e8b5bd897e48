import { RpcException } from '@nestjs/microservices';

/**
 * Thrown by a handler for a message that can never succeed (a reference that does not exist, a state
 * that will not change): the message is dead-lettered at once instead of being retried.
 *
 * It is an `RpcException` because Nest's RPC exception filter replaces any other error with a generic
 * `{ status, message }` before the transport sees it; the object below survives that filter.
 */
export class PermanentError extends RpcException {
  constructor(message: string) {
    super({ status: 'error', message, permanent: true });
    this.name = 'PermanentError';
  }
}

/** True for a `PermanentError`, thrown directly or as it comes out of Nest's RPC exception filter. */
export function isPermanentError(err: unknown): boolean {
  if (err instanceof PermanentError) return true;
  return typeof err === 'object' && err !== null && (err as { permanent?: unknown }).permanent === true;
}
