/**
 * Resident memory of the apps, one process each (`npm start`) against RUN_MODE=single (one process for
 * intake, triage, dispatch, notifier and board): `ps` RSS when idle after start-up, the high-water
 * mark (VmHWM) while BENCH_TIPS P1 tips (default 100) are posted at BENCH_RATE per second (default
 * 20) and paged, and RSS after. The sandbox is left out of both (it is not part of a deployment).
 * BENCH_MODES picks the modes (default single,separate). Runs on its own NATS, Redis, database and
 * ports. Writes its rows of bench/single-memory-results.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startNats, startRedis } from '../test/support/servers';
import { sleep, System } from '../test/support/system';
import { freshDatabase } from './bench-system';
import { TipPoster } from './tip-poster';

const RATE = Number(process.env.BENCH_RATE ?? 20);
const TIPS = Number(process.env.BENCH_TIPS ?? 100);
const IDLE_SETTLE_MS = 10_000;
const DATABASE = 'rescue_bench_single';
const RESULTS = 'bench/single-memory-results.json';

const rssMb = (pid: number) => Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim()) / 1024;
const peakMb = (pid: number) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)![1]) / 1024;
const round = (mb: number) => Math.round(mb);

async function measure(mode: 'separate' | 'single') {
  const dir = join(tmpdir(), `rescue-bench-single-${process.pid}-${mode}`);
  const natsPort = await freePort();
  const redisPort = await freePort();
  const nats = await startNats(natsPort, dir);
  const redis = await startRedis(redisPort);
  const databaseUrl = await freshDatabase(DATABASE);
  // App ports below the kernel's ephemeral range, away from the e2e runs' blocks (20000 and up) and the other benches' (13000).
  process.env.E2E_PORT_BASE = String(10000 + (process.pid % 300) * 10);
  const system = new System({
    NATS_URL: `nats://127.0.0.1:${natsPort}`,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    DATABASE_URL: databaseUrl,
    SMS_RATE_PER_SECOND: '5000',
    LINE_RATE_PER_SECOND: '5000',
  });
  try {
    await (mode === 'single' ? system.startSingle() : system.start());
    const pids = new Map([...system.apps].filter(([key]) => key !== 'sandbox').map(([key, app]) => [key, app.pid!]));
    const sample = (read: (pid: number) => number) => Object.fromEntries([...pids].map(([key, pid]) => [key, round(read(pid))]));
    await sleep(IDLE_SETTLE_MS);
    const idle = sample(rssMb);

    const poster = new TipPoster(system.urls.intake, system.env.OPERATOR_API_KEY!);
    const tipIds: string[] = [];
    const posts: Promise<void>[] = [];
    const start = Date.now();
    for (let i = 0; i < TIPS; i++) {
      const wait = start + (i * 1000) / RATE - Date.now();
      if (wait > 0) await sleep(wait);
      const text = `Memory ${mode} ${i}: two girls aged 15 locked in a room in Mae Sai, moved to Tachileik tonight`;
      posts.push(poster.post({ channel: 'hotline', text, location: { district: 'mae-sai' } }).then((r) => void (r.tipId && tipIds.push(r.tipId))));
    }
    await Promise.all(posts);
    poster.close();
    let paged = 0;
    for (const deadline = Date.now() + 120_000; Date.now() < deadline && paged < tipIds.length; await sleep(1000)) {
      [{ paged }] = await system.sql<{ paged: number }>(
        `SELECT count(DISTINCT t.id)::int AS paged FROM tips t JOIN alerts a ON a.incident_id = t.incident_id
          WHERE t.id = ANY($1) AND a.kind = 'page' AND a.step = 1 AND a.channel = 'sms' AND a.delivery_status = 'delivered'`,
        [tipIds],
      );
    }
    const after = sample(rssMb);
    const peak = sample(peakMb);
    const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
    return { mode, tipsAccepted: tipIds.length, tipsPaged: paged, seconds: (Date.now() - start) / 1000, rssMb: { idle, idleTotal: total(idle), afterTips: after, afterTipsTotal: total(after), peak, peakTotal: total(peak) } };
  } finally {
    await system.stop();
    nats.kill();
    redis.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const modes = (process.env.BENCH_MODES ?? 'single,separate').split(',') as ('separate' | 'single')[];
  for (const mode of modes) {
    const result = await measure(mode);
    console.log(JSON.stringify(result, null, 2));
    // One row per mode, rate and tip count: a run replaces its own rows and keeps the others'.
    const rows = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
    rows[`${mode} ${TIPS} tips at ${RATE}/s`] = { at: new Date().toISOString(), loadAverage: loadavg()[0], ...result };
    writeFileSync(RESULTS, `${JSON.stringify(rows, null, 2)}\n`);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
