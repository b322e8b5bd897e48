/**
 * `npm run bench:board`: the coordinator's board with 500 open incidents. Starts the whole system on
 * its own NATS, Redis and database (private ports, like `npm run bench`), files BENCH_OPEN tips
 * (default 500) through intake across the five demo districts, opens the board in headless Chromium
 * and measures:
 *  - the initial load: reload -> every open incident on the board (BENCH_LOADS runs);
 *  - a new tip: POST to intake -> its card on the board (BENCH_SAMPLES, default 20);
 *  - an SMS acceptance: the Twilio webhook posted -> the card shows the role accepted;
 *  - the page's long tasks (> 50 ms, the browser's own measure) while those updates arrive.
 * Writes bench/board-results.json.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Database } from '../libs/persistence/src/database';
import { migrate } from '../libs/persistence/src/migrate';
import { chromiumProblem, createUser, launchChromium, openConsole } from '../test/support/browser';
import { startNats, startRedis } from '../test/support/servers';
import { eventually, sleep, System } from '../test/support/system';

const OPEN = Number(process.env.BENCH_OPEN ?? 500);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const NATS_PORT = 15322;
const REDIS_PORT = 17479;
const PORT_BASE = 13100;
const DATABASE = 'rescue_bench_board';

const DISTRICTS = ['mae-sai', 'chiang-khong', 'wiang-kaen', 'chiang-saen', 'mueang-chiang-rai'];
const TEXTS = [
  'Two girls, about 15, locked in a karaoke bar, to be taken across the border tonight', // P1
  'A woman says she is held in a house and wants out', // P1
  'My cousin went to work in a factory and has not called for a week, the boss keeps her passport', // P2
  'A woman works at a restaurant, her employer holds her ID card and she owes a debt', // P2
  'Someone offered my sister a job in Malaysia, is it safe?', // P3
];
const COORDINATOR = { email: 'bench-coordinator@board.test', password: 'bench-coordinator', name: 'Bench coordinator', role: 'coordinator' };

/** Run in the page (written without DOM types: this file compiles for Node): stamps (epoch ms) each card the board adds, when shown and when police accepted; records long tasks. */
function stampCards(): void {
  const w = globalThis as any;
  w.__seen = {};
  w.__longTasks = [];
  new w.PerformanceObserver((list: any) => list.getEntries().forEach((e: any) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
  const stamp = (card: any, now: number) => {
    const seen = (w.__seen[card.dataset.incidentId] ??= {});
    seen.shown ??= now;
    if (card.querySelector('tr[data-role=police][data-role-state=accepted]')) seen.accepted ??= now;
  };
  new w.MutationObserver((mutations: any[]) => {
    const now = w.performance.timeOrigin + w.performance.now();
    for (const m of mutations) for (const node of m.addedNodes) if (node instanceof w.Element && node.matches('article.card')) stamp(node, now);
  }).observe(w.document.querySelector('.incident-list'), { childList: true });
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { n: sorted.length, p50: at(50), p95: at(95), max: sorted[sorted.length - 1] };
}

async function freshDatabase(): Promise<string> {
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const url = `postgres://postgres@127.0.0.1:5432/${DATABASE}`;
  const db = new Database(url, 1);
  await migrate(db);
  await db.close();
  return url;
}

/** Files `n` tips at about 50 a second and waits until each is an open incident whose pages went out. */
async function seed(system: System, n: number): Promise<void> {
  const posts: Promise<unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const district = DISTRICTS[i % DISTRICTS.length];
    posts.push(system.postTip({ channel: 'hotline', text: `${TEXTS[i % TEXTS.length]} (seed ${i})`, location: { district } }).then((r) => {
      if (r.status !== 202) throw new Error(`seed tip ${i}: HTTP ${r.status}`);
    }));
    if (i % 50 === 49) await sleep(1000);
  }
  await Promise.all(posts);
  await eventually(async () => {
    const [row] = await system.sql<{ open: number; unpublished: number }>(
      `SELECT (SELECT count(*)::int FROM incidents WHERE state IN ('triggered', 'acknowledged')) AS open,
              (SELECT count(*)::int FROM alerts WHERE published_at IS NULL) AS unpublished`,
    );
    console.error(`seeding: ${row.open} open incidents, ${row.unpublished} alerts in the outbox`);
    if (row.open < n || row.unpublished > 0) throw new Error(`seeding: ${row.open}/${n} open, ${row.unpublished} alerts not yet sent`);
  }, 300_000, 2_000);
  await sleep(3_000); // deliveries and their status callbacks settle
}

async function main() {
  const problem = chromiumProblem();
  if (problem) throw new Error(problem);
  process.env.E2E_PORT_BASE = String(PORT_BASE);
  const nats = await startNats(NATS_PORT, join(tmpdir(), `rescue-bench-board-${Date.now()}`));
  const redis = await startRedis(REDIS_PORT);
  const system = new System({
    NATS_URL: `nats://127.0.0.1:${NATS_PORT}`,
    REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
    DATABASE_URL: await freshDatabase(),
    SMS_RATE_PER_SECOND: '5000',
    LINE_RATE_PER_SECOND: '5000',
    // 5-minute deadlines become 10: the 500 incidents stay where seeding left them while we measure.
    ESCALATION_TIME_SCALE: '2',
  });
  const browser = await launchChromium();
  try {
    await system.start();
    await createUser(system, COORDINATOR);
    console.error(`seeding ${OPEN} open incidents ...`);
    const seedStart = Date.now();
    await seed(system, OPEN);
    const seedSeconds = (Date.now() - seedStart) / 1000;

    // The list the board loads, as the API serves it.
    const listApiMs: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const t = performance.now();
      const { body } = await system.board('/v1/incidents?status=open');
      listApiMs.push(performance.now() - t);
      if (body.length < OPEN) throw new Error(`the list has ${body.length} incidents`);
    }

    const { page, errors } = await openConsole(browser, system, COORDINATOR);
    const initialLoadMs: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      await page.waitForFunction((n) => (globalThis as any).document.querySelectorAll('article.card').length >= n, OPEN, { polling: 'raf', timeout: 60_000 });
      initialLoadMs.push(await page.evaluate(() => performance.now()));
    }
    await page.waitForSelector('body[data-live=on]');

    // From here every card the board adds is stamped (epoch ms) the moment it is in the DOM.
    await page.evaluate(stampCards);
    const seen = (id: string) => page.evaluate((i) => (globalThis as any).__seen[i] as { shown?: number; accepted?: number } | undefined, id);

    console.error(`measuring ${SAMPLES} new tips and ${SAMPLES} SMS acceptances on a board of ${OPEN} ...`);
    const tipToBoard: number[] = [];
    const ackToBoard: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const posted = Date.now();
      const res = await system.postTip({ channel: 'hotline', text: `${TEXTS[0]} (sample ${i} ${posted})`, location: { district: 'mae-sai' } });
      const incidentId = await system.incidentOfTip(((await res.json()) as { tipId: string }).tipId, 15_000);
      const shown = await eventually(async () => {
        const s = await seen(incidentId);
        if (!s?.shown) throw new Error(`tip ${i} not on the board yet`);
        return s.shown;
      }, 15_000, 20);
      tipToBoard.push(shown - posted);

      const police = await eventually(async () => {
        const incident = await system.incident(incidentId);
        const sms = incident.alerts.find((a: any) => a.kind === 'page' && a.role === 'police' && a.channel === 'sms');
        if (!sms || !sms.deliveryStatus) throw new Error('no police SMS yet');
        return sms;
      }, 15_000, 50);
      await sleep(300); // the board has had the page; the ack is a separate moment
      const acked = Date.now();
      const sms = await system.sendSms(police.to, `ACK ${police.code}`);
      if (sms.status !== 200) throw new Error(`ACK: HTTP ${sms.status}`);
      const accepted = await eventually(async () => {
        const s = await seen(incidentId);
        if (!s?.accepted) throw new Error(`ack ${i} not on the board yet`);
        return s.accepted;
      }, 15_000, 20);
      ackToBoard.push(accepted - acked);
      await sleep(500);
    }
    const longTasks = await page.evaluate(() => (globalThis as any).__longTasks as number[]);
    if (errors.length) console.error(`page errors: ${errors.join('; ')}`);

    const results = {
      at: new Date().toISOString(),
      openIncidents: OPEN,
      seedSeconds,
      listApiMs: percentiles(listApiMs),
      initialLoadMs: percentiles(initialLoadMs),
      tipPostedToBoardMs: percentiles(tipToBoard),
      smsAckToBoardMs: percentiles(ackToBoard),
      longTasksWhileUpdating: {
        count: longTasks.length,
        totalMs: Math.round(longTasks.reduce((a, b) => a + b, 0)),
        maxMs: Math.round(Math.max(0, ...longTasks)),
      },
      pageErrors: errors.length,
    };
    writeFileSync(join(process.cwd(), 'bench/board-results.json'), JSON.stringify(results, null, 2));
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await browser.close();
    await system.stop();
    nats.kill();
    redis.kill();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
