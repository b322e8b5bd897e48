import { execFile } from 'node:child_process';
import { createCipheriv, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { AppName } from '../scripts/lib/app-process';
import { System } from './support/system';

/**
 * Key rotation for the PII key (issue 20): records carry the id of the key that wrapped their data key;
 * with key B current and A old, records of both (and those sealed before key ids, `legacy`) read on the
 * board; `npm run pii:rotate` re-seals everything under B, after which A can go. A removed without
 * rotation leaves its records unavailable (409 naming the key id), never a 500, while B's read fine.
 */
const A = randomBytes(32).toString('base64');
const B = randomBytes(32).toString('base64');
const withA = { PII_ENCRYPTION_KEY: A, PII_ENCRYPTION_KEY_ID: 'a', PII_ENCRYPTION_OLD_KEYS: '' };
const bWithOld = { PII_ENCRYPTION_KEY: B, PII_ENCRYPTION_KEY_ID: 'b', PII_ENCRYPTION_OLD_KEYS: `a:${A},legacy:${A}` };
const onlyB = { PII_ENCRYPTION_KEY: B, PII_ENCRYPTION_KEY_ID: 'b', PII_ENCRYPTION_OLD_KEYS: '' };

const system = new System(withA);
const run = promisify(execFile);

beforeAll(() => system.start(['intake', 'triage', 'board']), 90_000);
afterAll(() => system.stop());

async function restart(names: AppName[], env: Record<string, string>) {
  for (const name of names) {
    await system.stopApp(name);
    await system.startApp(name, name, env);
  }
}

/** The rotation as an operator runs it (the built script, against the test database). */
async function rotate(env: Record<string, string>): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run('node', ['dist/scripts/pii-rotate.js'], { env: { ...process.env, ...system.env, ...env, PII_ROTATE_BATCH: '2' } });
    return { code: 0, out: stdout.trim() };
  } catch (err: any) {
    return { code: err.code, out: String(err.stdout).trim() };
  }
}

async function fileTip(phone: string): Promise<string> {
  const res = await system.postTip({
    channel: 'hotline', text: `Two girls held at a karaoke bar in Mae Sai (${phone})`, location: { district: 'mae-sai' },
    reporter: { name: `Caller ${phone}`, phone }, callbackAllowed: true,
  });
  expect(res.status).toBe(202);
  const { tipId } = (await res.json()) as { tipId: string };
  await system.incidentOfTip(tipId, 15_000);
  return tipId;
}

const reveal = (tipId: string) => system.board(`/v1/tips/${tipId}/reporter`);
const keyIdsOf = async (tipIds: string[]) =>
  (await system.sql<{ k: string }>(`SELECT split_part(reporter_sealed, '.', 1) || ':' || split_part(reporter_sealed, '.', 2) AS k FROM tips WHERE id = ANY($1) ORDER BY id`, [tipIds])).map((r) => r.k);

/** A reporter as the Sealer sealed it before key ids (format v1, directly under the key). */
function sealV1(base64Key: string, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(base64Key, 'base64'), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.');
}

it('reads records of key A and of B while rotating, re-seals all under B, then reads everything with B alone', async () => {
  const legacy = await fileTip('+66810000001');
  await system.sql(`UPDATE tips SET reporter_sealed = $2 WHERE id = $1`, [legacy, sealV1(A, { name: 'Caller legacy', phone: '+66810000001' })]);
  const underA = [await fileTip('+66810000002'), await fileTip('+66810000003')];
  expect(await keyIdsOf(underA)).toEqual(['v2:a', 'v2:a']);
  expect((await reveal(underA[0])).body.reporter).toEqual({ name: 'Caller +66810000002', phone: '+66810000002' });

  // Key B becomes current; A (and the legacy records, sealed with A before key ids) are still accepted.
  await restart(['intake', 'board'], bWithOld);
  const underB = await fileTip('+66810000004');
  expect(await keyIdsOf([underB])).toEqual(['v2:b']);
  for (const [tipId, phone] of [[legacy, '+66810000001'], [underA[0], '+66810000002'], [underA[1], '+66810000003'], [underB, '+66810000004']]) {
    const { status, body } = await reveal(tipId);
    expect(status).toBe(200);
    expect(body.reporter.phone).toBe(phone);
  }

  const rotated = await rotate(bWithOld);
  expect(rotated.code).toBe(0);
  expect(rotated.out).toContain('before  tips.reporter_sealed: a=2 b=1 legacy=1');
  expect(rotated.out).toContain('after   tips.reporter_sealed: b=4 (3 re-sealed)');
  expect(await keyIdsOf([legacy, ...underA, underB])).toEqual(['v2:b', 'v2:b', 'v2:b', 'v2:b']);
  // Idempotent: a second run finds nothing to do.
  expect((await rotate(bWithOld)).out).toContain('after   tips.reporter_sealed: b=4 (0 re-sealed)');

  // A is gone from the configuration: everything still reads.
  await restart(['board'], onlyB);
  for (const tipId of [legacy, ...underA, underB]) expect((await reveal(tipId)).status).toBe(200);
  expect((await reveal(legacy)).body.reporter).toEqual({ name: 'Caller legacy', phone: '+66810000001' });
}, 180_000);

it('leaves records of a key removed without rotation unavailable (409 naming the key id), and B records readable', async () => {
  await restart(['intake', 'board'], withA);
  const underA = await fileTip('+66820000001');
  await restart(['intake', 'board'], onlyB);
  const underB = await fileTip('+66820000002');

  const lost = await reveal(underA);
  expect(lost.status).toBe(409);
  expect(lost.body.message).toMatch(/unavailable.*key id "a".*no longer configured/);
  expect(JSON.stringify(lost.body)).not.toContain('+66820000001');
  expect(JSON.stringify(lost.body)).not.toContain(A);
  const audited = await system.sql(`SELECT detail FROM audit_log WHERE action = 'reporter.unavailable' AND subject = $1`, [`tip:${underA}`]);
  expect(audited).toHaveLength(1);
  expect(audited[0].detail.keyId).toBe('a');

  const fine = await reveal(underB);
  expect(fine.status).toBe(200);
  expect(fine.body.reporter.phone).toBe('+66820000002');
  // The tip itself (its triage, its incident) still reads: only the reporter's details are sealed.
  expect((await system.board(`/v1/tips/${underA}`)).status).toBe(200);

  // The rotation refuses to run, naming how many records and which key id it cannot open.
  const refused = await rotate(onlyB);
  expect(refused.code).toBe(1);
  expect(refused.out).toMatch(/refused: 1 record\(s\) are sealed under key id\(s\) that are not configured: a=1/);
}, 180_000);
