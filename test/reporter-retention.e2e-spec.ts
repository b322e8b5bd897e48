import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { Queue } from 'bullmq';
import { Sealer } from '@rescue/platform';
import { RETENTION_QUEUE } from '../apps/board/src/retention/reporter-retention-schedule';
import { tokenOf, createUser } from './support/browser';
import { eventually, System } from './support/system';

/**
 * Retention of reporter details (issue 16): a closed incident's reporter contact, LINE id, pseudonym
 * and photos are erased after REPORTER_PII_RETENTION_DAYS, by a daily job or `npm run pii:retention`,
 * and an admin erases one reporter's at once on request; the case, its text and outcome stay.
 */
const system = new System();
const COORDINATOR = { email: 'coordinator@retention.test', password: 'coordinator-pass-2026', name: 'Malee', role: 'coordinator' };

beforeAll(async () => {
  await system.start();
  await createUser(system, COORDINATOR);
}, 120_000);
afterAll(() => system.stop());

const run = promisify(execFile);
/** `npm run pii:retention`, as an operator runs it, with the retention given. */
async function retention(days: string): Promise<string> {
  const { stdout } = await run('node', ['dist/scripts/reporter-retention.js'], { env: { ...system.env, REPORTER_PII_RETENTION_DAYS: days } });
  return stdout.trim();
}

async function sandboxLine(body: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${system.urls.sandbox}/__sandbox/line`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return res.json();
}

async function hotlineTip(text: string): Promise<{ tipId: string; incidentId: string }> {
  const res = await system.postTip({ channel: 'hotline', text, location: { district: 'chiang-khong' }, reporter: { name: 'Nok', phone: '+66812345678' }, callbackAllowed: true });
  expect(res.status).toBe(202);
  const { tipId } = (await res.json()) as { tipId: string };
  return { tipId, incidentId: await system.incidentOfTip(tipId, 20_000) };
}

/** Every text and jsonb value in the database that contains `needle`, as table.column. */
async function whereInDatabase(needle: string): Promise<string[]> {
  const columns = await system.sql<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb') AND table_name <> 'schema_migrations'`,
  );
  const found: string[] = [];
  for (const c of columns) {
    const [row] = await system.sql(`SELECT count(*)::int AS n FROM "${c.table_name}" WHERE strpos("${c.column_name}"::text, $1) > 0`, [needle]);
    if (row.n) found.push(`${c.table_name}.${c.column_name}`);
  }
  return found;
}

it('keeps a closed case whole for the retention period, then erases its reporter, LINE id and photo; the case and open cases stay', async () => {
  const user = `U${randomBytes(16).toString('hex')}`;
  const pseudonym = new Sealer(system.env.PII_ENCRYPTION_KEY!).pseudonym(user);
  const words = `Two girls about 14 are kept at a karaoke bar in Chiang Khong, the door is locked from outside (${Date.now()})`;
  await sandboxLine({ from: user, type: 'message', language: 'en', text: words });
  const photo = await sandboxLine({ from: user, type: 'message', image: { base64: randomBytes(1024).toString('base64'), contentType: 'image/jpeg' } });
  const messageId = photo.event.messageId as string;
  const tips = await eventually(async () => {
    const rows = await system.sql<{ id: string; incident_id: string }>(`SELECT id, incident_id FROM tips WHERE reporter_key = $1 ORDER BY received_at`, [pseudonym]);
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.incident_id)).size).toBe(1);
    expect(rows[0].incident_id).toBeTruthy();
    return rows;
  }, 20_000);
  const incidentId = tips[0].incident_id;
  expect(await system.sql(`SELECT 1 FROM public_media WHERE message_id = $1`, [messageId])).toHaveLength(1);
  const open = await hotlineTip(`A man keeps the passports of Lao workers at a farm near Chiang Khong pier (${Date.now()})`);

  expect((await system.board(`/v1/incidents/${incidentId}/resolve`, { method: 'POST', body: JSON.stringify({ outcome: 'rescued', note: 'both girls at the shelter' }) })).status).toBe(202);
  await eventually(async () => expect((await system.incident(incidentId)).state).toBe('resolved'), 20_000);

  // Within the retention period nothing is erased.
  expect(await retention('180')).toBe('erased the reporter details of 0 tips of incidents closed more than 180 days ago');
  expect(await whereInDatabase(pseudonym)).toEqual(expect.arrayContaining(['tips.reporter_key', 'public_media.reporter_key', 'public_report_threads.reporter_key']));

  expect(await retention('0')).toBe('erased the reporter details of 2 tips of incidents closed more than 0 days ago');
  // Gone from PostgreSQL: the pseudonym that linked her messages, the sealed contact (LINE id) and the photo.
  expect(await whereInDatabase(pseudonym)).toEqual([]);
  expect(await system.sql(`SELECT 1 FROM public_media WHERE message_id = $1`, [messageId])).toEqual([]);
  expect(await system.sql(`SELECT id FROM tips WHERE incident_id = $1 AND (reporter_sealed IS NOT NULL OR reporter_erased_at IS NULL)`, [incidentId])).toEqual([]);
  // And from the API: the reveal says when they were erased, the case keeps its text, outcome and timeline.
  for (const tip of tips) {
    const revealed = await system.board(`/v1/tips/${tip.id}/reporter`);
    expect(revealed).toMatchObject({ status: 200, body: { reporter: null, erasedAt: expect.any(String) } });
  }
  const incident = await system.incident(incidentId);
  expect(incident).toMatchObject({ state: 'resolved', outcome: 'rescued' });
  expect(incident.tips.map((t: any) => t.text)).toContain(words);
  expect(incident.tips.every((t: any) => t.hasReporter === false)).toBe(true);
  expect(incident.timeline.filter((e: any) => e.kind === 'reporter-details-erased')).toHaveLength(2);

  // The open case's reporter is untouched, and a second run erases nothing more.
  expect((await system.board(`/v1/tips/${open.tipId}/reporter`)).body.reporter).toEqual({ name: 'Nok', phone: '+66812345678' });
  expect(await retention('0')).toBe('erased the reporter details of 0 tips of incidents closed more than 0 days ago');
}, 120_000);

it("lets an admin erase one reporter's details at once, with a reason, audited; a coordinator cannot", async () => {
  const { tipId, incidentId } = await hotlineTip(`Workers from Bokeo say the boss holds their wages at a farm in Chiang Khong (${Date.now()})`);
  const erase = (token: string | undefined, body: unknown) =>
    fetch(`${system.urls.board}/v1/tips/${tipId}/reporter/erase`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

  expect((await erase(await tokenOf(system, COORDINATOR), { reason: 'asked' })).status).toBe(403);
  expect(await erase(await system.login(), {})).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^reason: /) } });
  expect((await system.board(`/v1/tips/${tipId}/reporter`)).body.reporter).toEqual({ name: 'Nok', phone: '+66812345678' });

  expect(await erase(await system.login(), { reason: 'the reporter called and asked' })).toMatchObject({ status: 200, body: { tipId, incidentId, erasedAt: expect.any(String) } });
  expect((await system.board(`/v1/tips/${tipId}/reporter`)).body).toMatchObject({ reporter: null, erasedAt: expect.any(String) });
  expect(await system.sql(`SELECT reporter_sealed, reporter_key FROM tips WHERE id = $1`, [tipId])).toEqual([{ reporter_sealed: null, reporter_key: null }]);
  const [admin] = await system.sql<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [system.env.BOARD_BOOTSTRAP_ADMIN_EMAIL]);
  expect(await system.sql(`SELECT actor, detail->>'reason' AS reason FROM audit_log WHERE action = 'reporter.erased' AND subject = $1`, [`tip:${tipId}`])).toEqual([
    { actor: admin.id, reason: 'the reporter called and asked' },
  ]);
  // The case goes on: still open, its timeline says what happened.
  const incident = await system.incident(incidentId);
  expect(['triggered', 'acknowledged']).toContain(incident.state);
  expect(incident.timeline.map((e: any) => e.kind)).toContain('reporter-details-erased');
}, 60_000);

it('schedules the retention run once a day in Redis', async () => {
  const queue = new Queue(RETENTION_QUEUE, { connection: { url: system.env.REDIS_URL } });
  try {
    const schedulers = await eventually(async () => {
      const found = await queue.getJobSchedulers();
      expect(found).toHaveLength(1);
      return found;
    });
    expect(schedulers[0]).toMatchObject({ key: 'daily', every: 86_400_000 });
  } finally {
    await queue.close();
  }
});
