import { timingSafeEqual } from 'node:crypto';

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** HTTP Basic `AccountSid:AuthToken`, for the account named in the path, as Twilio requires. */
export function twilioCredentialsValid(authorization: string | undefined, account: { sid: string; authToken: string }, pathSid: string): boolean {
  const m = /^Basic\s+(.+)$/i.exec(authorization ?? '');
  if (!m) return false;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const [user, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
  return same(user, account.sid) && same(password, account.authToken) && pathSid === account.sid;
}
