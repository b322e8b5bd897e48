import { timingSafeEqual } from 'node:crypto';
import { lineApiError } from './line-api-error';

/** Every Messaging API call carries `Authorization: Bearer <channel access token>`. */
export function requireLineAccessToken(authorization: string | undefined, token: string): void {
  const m = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  const given = Buffer.from(m?.[1] ?? '');
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw lineApiError(401, 'Authentication failed. Confirm that the access token in the authorization header is valid.');
  }
}
