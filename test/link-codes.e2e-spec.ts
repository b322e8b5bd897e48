import { randomBytes } from 'node:crypto';
import { createUser, tokenOf } from './support/browser';
import { linkCodeSentTo } from './support/link-codes';
import { eventually, System } from './support/system';

/**
 * Who may move a responder's pages to another phone (issue 19, finding 2). Before, the operator key
 * minted link codes and returned them, so anyone holding it could link their own phone to an
 * officer's pages. Now an admin on the board has the code sent to the responder's current contact;
 * it is short-lived and single-use, and a relink is told to the old phone and to the coordinators.
 */
const system = new System();
const COORDINATOR = { email: 'coordinator@links.test', password: 'coordinator-pass', name: 'Malee', role: 'coordinator' };

beforeAll(async () => {
  await system.start();
  await createUser(system, COORDINATOR);
}, 90_000);
afterAll(() => system.stop());

const lineUser = () => `U${randomBytes(16).toString('hex')}`;

async function line(from: string, text: string): Promise<void> {
  const res = await fetch(`${system.urls.sandbox}/__sandbox/line`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from, type: 'message', text }) });
  expect(res.status).toBe(200);
}

const lastText = async (to: string) => (await system.messages(to)).at(-1)?.text ?? '';

async function responderWith(where: string): Promise<{ id: string; name: string; sms: string | null; line_user_id: string | null }> {
  const [r] = await system.sql(`SELECT id, name, sms, line_user_id FROM responders WHERE ${where} AND NOT ('coordinator' = ANY(roles)) ORDER BY id DESC LIMIT 1`);
  return r;
}

it('is not minted by the operator key, nor by anyone but a logged-in admin', async () => {
  const r = await responderWith('sms IS NOT NULL');
  const byOperatorKey = await fetch(`${system.urls.intake}/v1/responders/${r.id}/link-codes`, { method: 'POST', headers: { authorization: `Bearer ${system.env.OPERATOR_API_KEY}` } });
  expect(byOperatorKey.status).toBe(404);
  const board = (token?: string) =>
    fetch(`${system.urls.board}/v1/directory/responders/${r.id}/link-codes`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect((await board()).status).toBe(401);
  expect((await board(await tokenOf(system, COORDINATOR))).status).toBe(403);
  expect(await system.sql(`SELECT 1 FROM responder_link_codes WHERE responder_id = $1`, [r.id])).toEqual([]);
});

it('goes to the responder current contact, not to the admin who asked, and is audited', async () => {
  const r = await responderWith('sms IS NOT NULL AND line_user_id IS NULL');
  const { status, body } = await system.board(`/v1/directory/responders/${r.id}/link-codes`, { method: 'POST' });
  expect(status).toBe(201);
  expect(body).toEqual({ responderId: r.id, sentTo: 'sms', expiresAt: expect.any(String) });
  const minutes = (Date.parse(body.expiresAt) - Date.now()) / 60_000;
  expect(minutes).toBeGreaterThan(10);
  expect(minutes).toBeLessThanOrEqual(15);
  await eventually(async () => expect(await lastText(r.sms!)).toMatch(/LINK [2-9A-HJKMNP-Z]{8}/), 15_000);
  const audit = (await system.board('/v1/directory/audit?limit=20')).body;
  expect(audit.find((a: any) => a.action === 'directory.link-code.issued' && a.subject === `responder:${r.id}`)).toMatchObject({ actorEmail: system.env.BOARD_BOOTSTRAP_ADMIN_EMAIL });
});

it('links once, within its lifetime; a newer code voids the older one', async () => {
  const r = await responderWith('sms IS NOT NULL AND line_user_id IS NULL');
  const first = await linkCodeSentTo(system, r.id);
  const second = await linkCodeSentTo(system, r.id);
  expect(second.code).not.toBe(first.code);

  const early = lineUser();
  await line(early, `LINK ${first.code}`);
  await eventually(async () => expect(await lastText(early)).toMatch(/expired/));

  await system.sql(`UPDATE responder_link_codes SET expires_at = now() - interval '1 second' WHERE responder_id = $1 AND used_at IS NULL`, [r.id]);
  const late = lineUser();
  await line(late, `LINK ${second.code}`);
  await eventually(async () => expect(await lastText(late)).toMatch(/expired/));

  const third = await linkCodeSentTo(system, r.id);
  const owner = lineUser();
  await line(owner, `LINK ${third.code}`);
  await eventually(async () => expect(await lastText(owner)).toContain(r.name));
  const again = lineUser();
  await line(again, `LINK ${third.code}`);
  await eventually(async () => expect(await lastText(again)).toMatch(/expired/));
  expect((await system.sql(`SELECT line_user_id FROM responders WHERE id = $1`, [r.id]))[0].line_user_id).toBe(owner);
});

it('tells the old LINE account and the coordinators when a relink replaces it', async () => {
  const r = await responderWith('line_user_id IS NOT NULL');
  const old = r.line_user_id!;
  const { code, to } = await linkCodeSentTo(system, r.id);
  expect(to).toBe(old); // the code went to the account that gets the pages today
  const coordinators = await system.sql<{ sms: string | null; line_user_id: string | null }>(`SELECT sms, line_user_id FROM responders WHERE 'coordinator' = ANY(roles)`);
  expect(coordinators.length).toBeGreaterThan(0);

  const replacement = lineUser();
  await line(replacement, `LINK ${code}`);
  await eventually(async () => expect(await lastText(replacement)).toContain(r.name));
  await eventually(async () => expect(await lastText(old)).toMatch(/no longer gets the rescue alerts|ไม่ได้รับแจ้งเหตุ/), 15_000);
  for (const c of coordinators) {
    await eventually(async () => expect(await lastText((c.line_user_id ?? c.sms)!)).toContain(r.name), 15_000);
  }
  const audit = (await system.board('/v1/directory/audit?limit=20')).body;
  expect(audit.find((a: any) => a.action === 'directory.responder.relinked' && a.subject === `responder:${r.id}`)).toMatchObject({
    before: { line: `…${old.slice(-3)}` },
    after: { line: `…${replacement.slice(-3)}` },
  });
});
