import { createHmac } from 'node:crypto';

const STEP_SECONDS = 30;

/**
 * What an authenticator app computes (RFC 6238: HMAC-SHA-1 of the 30-second step, 6 digits), written
 * out here rather than taken from otplib: the board must agree with any app, not only with its own
 * library (and otplib's ESM-only dependencies do not load under Jest).
 */
function generate({ secret, epoch = Date.now() / 1000 }: { secret: string; epoch?: number }): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(epoch / STEP_SECONDS)));
  const mac = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

function base32(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  return Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What the people in a test carry: an authenticator app per account (its secret) and, after the
 * first login, the knowledge of which codes the board has already seen, so every login answers a
 * code the board accepts. The board takes a code of the step before or after its own, and each step
 * once; a third login in one step waits for the next.
 */
export class Authenticators {
  private readonly secrets = new Map<string, string>();
  private readonly lastStep = new Map<string, number>();

  remember(email: string, secret: string): void {
    this.secrets.set(email.toLowerCase(), secret);
  }

  has(email: string): boolean {
    return this.secrets.has(email.toLowerCase());
  }

  /** The code an app holding this secret shows now. */
  static currentCode(secret: string): string {
    return generate({ secret });
  }

  /** A code the board accepts now and has not seen. */
  async code(email: string): Promise<string> {
    const key = email.toLowerCase();
    const secret = this.secrets.get(key);
    if (!secret) throw new Error(`no authenticator for ${email}`);
    const current = Math.floor(Date.now() / 1000 / STEP_SECONDS);
    const step = Math.max(current, (this.lastStep.get(key) ?? -Infinity) + 1);
    // A step ahead of the board's next one is refused: wait until the board's clock is one step before it.
    const waitMs = (step - 1) * STEP_SECONDS * 1000 - Date.now();
    if (waitMs > 0) await sleep(waitMs + 200);
    this.lastStep.set(key, step);
    return generate({ secret, epoch: step * STEP_SECONDS });
  }

}

export interface BoardSession {
  token: string;
  user: { id: string; email: string; role: string; secondFactor: 'on' | 'off' | 'set-up-required' };
  /** The recovery codes shown when this login set the authenticator up. */
  recoveryCodes?: string[];
}

/**
 * Logs in through the API as the person would: the password, then the code from their app; when the
 * role requires a second factor not yet set up, sets it up (scans the secret, confirms with a code).
 */
export async function logIn(boardUrl: string, authenticators: Authenticators, email: string, password: string): Promise<BoardSession> {
  const code = authenticators.has(email) ? await authenticators.code(email) : undefined;
  const res = await post(boardUrl, '/v1/auth/login', undefined, { email, password, ...(code ? { code } : {}) });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  const session = res.body as BoardSession;
  if (session.user.secondFactor !== 'set-up-required') return session;
  const setup = await post(boardUrl, '/v1/auth/second-factor', session.token, {});
  if (setup.status !== 201) throw new Error(`second factor setup ${email}: ${setup.status} ${JSON.stringify(setup.body)}`);
  authenticators.remember(email, (setup.body as { secret: string }).secret);
  const confirmed = await post(boardUrl, '/v1/auth/second-factor/confirm', session.token, { code: await authenticators.code(email) });
  if (confirmed.status !== 200) throw new Error(`second factor confirm ${email}: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  return { token: session.token, user: { ...session.user, secondFactor: 'on' }, recoveryCodes: (confirmed.body as { recoveryCodes: string[] }).recoveryCodes };
}

async function post(boardUrl: string, path: string, token: string | undefined, body: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${boardUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
