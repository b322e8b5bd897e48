import { randomBytes } from 'node:crypto';
import { Authenticators, logIn } from './support/authenticator';
import { createUser } from './support/browser';
import { System } from './support/system';

/**
 * Issue 20: a coordinator account used to be one password away from every reporter. Admins and
 * coordinators now prove an authenticator code (or a single-use recovery code) at login; until they
 * have set one up their session opens nothing but the setup; a code works once; an admin can reset a
 * lost phone; and a new password, a reset or a deactivation ends the user's other sessions.
 */
const system = new System({ BOARD_LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });

beforeAll(() => system.start(['board']), 90_000);
afterAll(() => system.stop());

const unique = () => randomBytes(4).toString('hex');

async function call(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${system.urls.board}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function newUser(role: string) {
  const user = { email: `${role}-${unique()}@second-factor.test`, password: `right-password-${unique()}`, name: 'Test user', role, organization: 'mekong-child-protection' };
  await createUser(system, user);
  const [{ id }] = await system.sql<{ id: string }>('SELECT id FROM users WHERE email = $1', [user.email]);
  return { ...user, id };
}

const auditOf = async (action: string, subject: string) =>
  system.sql('SELECT * FROM audit_log WHERE action = $1 AND (subject = $2 OR actor = $3) ORDER BY id', [action, subject, subject.replace(/^user:/, '')]);

it('a coordinator without a second factor can only set one up; a wrong code is refused; the right one turns it on, gives 10 recovery codes and ends the other sessions', async () => {
  const user = await newUser('coordinator');
  const first = await call('POST', '/v1/auth/login', undefined, { email: user.email, password: user.password });
  expect(first.status).toBe(200);
  expect(first.body.user.secondFactor).toBe('set-up-required');
  const other = (await call('POST', '/v1/auth/login', undefined, { email: user.email, password: user.password })).body.token;

  const refused = await call('GET', '/v1/incidents', first.body.token);
  expect(refused.status).toBe(403);
  expect(refused.body).toMatchObject({ secondFactor: 'set-up-required' });
  expect((await call('GET', `/v1/tips/${randomBytes(8).toString('hex')}/reporter`, first.body.token)).status).toBe(403);
  expect((await call('GET', '/v1/auth/me', first.body.token)).body.secondFactor).toBe('set-up-required');

  const setup = await call('POST', '/v1/auth/second-factor', first.body.token);
  expect(setup.status).toBe(201);
  expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
  expect(setup.body.qr).toMatch(/^data:image\/svg\+xml;base64,/);
  const wrong = String((Number(Authenticators.currentCode(setup.body.secret)) + 1) % 1_000_000).padStart(6, '0');
  expect((await call('POST', '/v1/auth/second-factor/confirm', first.body.token, { code: wrong })).status).toBe(400);
  expect((await call('GET', '/v1/incidents', first.body.token)).status).toBe(403);

  const confirmed = await call('POST', '/v1/auth/second-factor/confirm', first.body.token, { code: Authenticators.currentCode(setup.body.secret) });
  expect(confirmed.status).toBe(200);
  expect(confirmed.body.recoveryCodes).toHaveLength(10);
  expect((await call('GET', '/v1/incidents', first.body.token)).status).toBe(200);
  // The other session was started with the password alone: it ends.
  expect((await call('GET', '/v1/auth/me', other)).status).toBe(401);
  expect(await auditOf('auth.second-factor-enabled', `user:${user.id}`)).toHaveLength(1);
  // The secret is kept sealed, never in the clear.
  const [row] = await system.sql<{ s: string }>('SELECT totp_secret_sealed AS s FROM users WHERE id = $1', [user.id]);
  expect(row.s).not.toContain(setup.body.secret);
  expect((await call('POST', '/v1/auth/second-factor', first.body.token)).status).toBe(409);
});

it('then a login needs the code: without it 401 "required", a wrong one counts toward the lockout, a code works only once, a recovery code once', async () => {
  const user = await newUser('admin');
  const { recoveryCodes } = await logIn(system.urls.board, system.authenticators, user.email, user.password);
  const body = { email: user.email, password: user.password };

  const noCode = await call('POST', '/v1/auth/login', undefined, body);
  expect(noCode.status).toBe(401);
  expect(noCode.body.secondFactor).toBe('required');
  expect((await call('POST', '/v1/auth/login', undefined, { ...body, password: 'wrong-password' })).body.secondFactor).toBeUndefined();

  const code = await system.authenticators.code(user.email);
  const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  expect((await call('POST', '/v1/auth/login', undefined, { ...body, code: wrongCode })).status).toBe(401);
  expect(await auditOf('auth.second-factor-failed', `email:${user.email}`)).toHaveLength(1);

  const ok = await call('POST', '/v1/auth/login', undefined, { ...body, code });
  expect(ok.status).toBe(200);
  expect(ok.body.user.secondFactor).toBe('on');
  expect((await call('POST', '/v1/auth/login', undefined, { ...body, code })).status).toBe(401); // seen once: never again

  const recovery = recoveryCodes![0].toUpperCase();
  expect((await call('POST', '/v1/auth/login', undefined, { ...body, code: recovery })).status).toBe(200);
  expect((await call('POST', '/v1/auth/login', undefined, { ...body, code: recovery })).status).toBe(401);
  const [used] = await auditOf('auth.recovery-code-used', `user:${user.id}`);
  expect(used.detail).toMatchObject({ left: 9 });
  expect((await call('GET', '/v1/auth/second-factor', ok.body.token)).body).toEqual({ secondFactor: 'on', recoveryCodesLeft: 9 });

  // New recovery codes need the second factor again; the old ones stop working.
  expect((await call('POST', '/v1/auth/second-factor/recovery-codes', ok.body.token, { code: wrongCode })).status).toBe(400);
  const renewed = await call('POST', '/v1/auth/second-factor/recovery-codes', ok.body.token, { code: await system.authenticators.code(user.email) });
  expect(renewed.body.recoveryCodes).toHaveLength(10);
  expect((await call('POST', '/v1/auth/login', undefined, { ...body, code: recoveryCodes![1] })).status).toBe(401);
  expect((await call('POST', '/v1/auth/login', undefined, { ...body, code: renewed.body.recoveryCodes[0] })).status).toBe(200);
  expect(await auditOf('auth.recovery-codes-renewed', `user:${user.id}`)).toHaveLength(1);
});

it('an admin resets a lost phone: the user is logged out everywhere and sets up a new authenticator at the next login (audited)', async () => {
  const user = await newUser('coordinator');
  const before = await logIn(system.urls.board, system.authenticators, user.email, user.password);
  const reset = await system.board(`/v1/users/${user.id}/second-factor/reset`, { method: 'POST' });
  expect(reset.status).toBe(200);
  expect(reset.body.sessionsEnded).toBeGreaterThanOrEqual(1);
  expect((await call('GET', '/v1/auth/me', before.token)).status).toBe(401);
  const again = await call('POST', '/v1/auth/login', undefined, { email: user.email, password: user.password });
  expect(again.body.user.secondFactor).toBe('set-up-required');
  expect(await auditOf('user.second-factor-reset', `user:${user.id}`)).toHaveLength(1);
  // Only an admin may reset one.
  const colleague = await newUser('coordinator');
  const { token } = await logIn(system.urls.board, system.authenticators, colleague.email, colleague.password);
  expect((await call('POST', `/v1/users/${user.id}/second-factor/reset`, token)).status).toBe(403);
});

it('a new password ends every other session of the user, keeps the one in use, and the old password stops working; a wrong current password is refused', async () => {
  const user = await newUser('operator'); // an operator's role does not require a second factor
  const a = await call('POST', '/v1/auth/login', undefined, { email: user.email, password: user.password });
  expect(a.body.user.secondFactor).toBe('off');
  expect((await call('GET', '/v1/incidents', a.body.token)).status).toBe(200);
  const b = await call('POST', '/v1/auth/login', undefined, { email: user.email, password: user.password });

  expect((await call('POST', '/v1/auth/password', a.body.token, { currentPassword: 'not-it', newPassword: `new-password-${unique()}` })).status).toBe(400);
  expect((await call('POST', '/v1/auth/password', a.body.token, { currentPassword: user.password, newPassword: 'short' })).body.message).toMatch(/newPassword/);
  const newPassword = `new-password-${unique()}`;
  const changed = await call('POST', '/v1/auth/password', a.body.token, { currentPassword: user.password, newPassword });
  expect(changed).toEqual({ status: 200, body: { sessionsEnded: 1 } });
  expect((await call('GET', '/v1/auth/me', b.body.token)).status).toBe(401);
  expect((await call('GET', '/v1/auth/me', a.body.token)).status).toBe(200);
  expect((await call('POST', '/v1/auth/login', undefined, { email: user.email, password: user.password })).status).toBe(401);
  expect((await call('POST', '/v1/auth/login', undefined, { email: user.email, password: newPassword })).status).toBe(200);
  expect(await auditOf('auth.password-changed', `user:${user.id}`)).toHaveLength(1);

  // An admin sets a forgotten password: every session ends.
  const byAdmin = await system.board(`/v1/users/${user.id}/password`, { method: 'POST', body: JSON.stringify({ password: `admin-set-${unique()}` }) });
  expect(byAdmin.status).toBe(200);
  expect((await call('GET', '/v1/auth/me', a.body.token)).status).toBe(401);
  expect(await auditOf('user.password-set', `user:${user.id}`)).toHaveLength(1);
});
