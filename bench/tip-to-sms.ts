/**
 * `npm run bench`: posts tips at a steady rate (BENCH_RATE per second, default 50, for BENCH_SECONDS,
 * default 30) into the whole system and reports p50/p95/p99 of "tip accepted (202) -> SMS request
 * received by the sandbox", beside the floor of the same machine: a JetStream publish round trip, a
 * Redis round trip and a PostgreSQL insert. Runs against its own NATS, Redis and database on test
 * ports, like the end-to-end tests. Writes bench/results.json.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';
import { connect } from 'nats';
import { Client } from 'pg';
import { System, sleep } from '../test/support/system';
import { percentiles, withBenchSystem } from './bench-system';
import { cpuPerUnit, cpuSnapshot } from './cpu-usage';
import { referenceWorkMs } from './machine-speed';
import { TipPoster } from './tip-poster';

const RATE = Number(process.env.BENCH_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
/**
 * A running system is warm (JIT, connection pools, SDK clients): this much traffic first is not
 * measured. 3 s was too little for a system just started: V8 was still optimising, a tip cost ~36 ms of
 * CPU instead of ~29 and the first 50/s run without the sweep before it saturated the machine.
 */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);

async function timed(times: number, fn: () => Promise<unknown>) {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return percentiles(out);
}

async function floor(env: NodeJS.ProcessEnv) {
  const nc = await connect({ servers: env.NATS_URL });
  const jsm = await nc.jetstreamManager();
  await jsm.streams.add({ name: 'BENCHFLOOR', subjects: ['benchfloor.>'] }).catch(() => undefined);
  const js = nc.jetstream();
  const jetstream = await timed(500, () => js.publish('benchfloor.x', new TextEncoder().encode('{"x":1}')));
  await jsm.streams.delete('BENCHFLOOR');
  await nc.close();
  const redis = new IORedis(env.REDIS_URL!);
  const redisRtt = await timed(500, () => redis.ping());
  redis.disconnect();
  const pg = new Client({ connectionString: env.DATABASE_URL });
  await pg.connect();
  // A regular table: a temporary one writes no WAL, and every write of the system commits durably.
  await pg.query('CREATE TABLE bench_floor (id serial, body text)');
  const pgInsert = await timed(500, () => pg.query('INSERT INTO bench_floor (body) VALUES ($1)', ['x']));
  await pg.query('DROP TABLE bench_floor');
  await pg.end();
  return { jetstreamPublishMs: jetstream, redisPingMs: redisRtt, postgresInsertMs: pgInsert };
}

/** For each tip, when the sandbox received the first SMS page of its incident (matched by reply code). */
async function firstSmsByTip(system: System): Promise<Map<string, number>> {
  const pages = await system.sql<{ tip_id: string; to_address: string; code: number }>(
    `SELECT t.id AS tip_id, a.to_address, a.code FROM tips t JOIN alerts a ON a.incident_id = t.incident_id
      WHERE a.kind = 'page' AND a.channel = 'sms' AND a.step = 1`,
  );
  const received = new Map<string, Map<number, number>>(); // phone -> code -> first SMS epoch ms
  for (const phone of new Set(pages.map((p) => p.to_address))) {
    const byCode = new Map<number, number>();
    for (const m of await system.messages(phone)) {
      const code = Number(m.text.match(/ACK (\d+)/)?.[1]);
      if (code && !byCode.has(code)) byCode.set(code, Date.parse(m.at));
    }
    received.set(phone, byCode);
  }
  const firstSms = new Map<string, number>();
  for (const p of pages) {
    const at = received.get(p.to_address)?.get(p.code);
    if (at !== undefined && (!firstSms.has(p.tip_id) || at < firstSms.get(p.tip_id)!)) firstSms.set(p.tip_id, at);
  }
  return firstSms;
}

/** Posts P1 tips for Mae Sai at `rate` per second; records when each was accepted (202). */
async function postAtRate(poster: TipPoster, seconds: number, label: string, accepted: Map<string, number>, failures: string[], rate = RATE) {
  const posts: Promise<void>[] = [];
  const start = Date.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
    posts.push(
      poster
        .post({ channel: 'hotline', text: `${label} ${i}: two girls aged 15 locked in a room in Mae Sai, moved to Tachileik tonight`, location: { district: 'mae-sai' } })
        .then((res) => {
          if (res.status !== 202 || !res.tipId) return void failures.push(`HTTP ${res.status}`);
          accepted.set(res.tipId, Date.now());
        })
        .catch((err) => void failures.push((err as Error).message)),
    );
  }
  await Promise.all(posts);
}

/** Where a tip's time went, from the timestamps each stage writes (PostgreSQL clock, same machine). */
async function stages(system: System, tipIds: string[], firstSms: Map<string, number>) {
  const rows = await system.sql<{ id: string; triage: number; dispatch: number; publish: number; published: Date }>(
    `SELECT t.id, extract(epoch FROM t.triaged_at - t.received_at) * 1000 AS triage,
            extract(epoch FROM min(a.created_at) - t.triaged_at) * 1000 AS dispatch,
            extract(epoch FROM min(a.published_at) - min(a.created_at)) * 1000 AS publish,
            min(a.published_at) AS published
       FROM tips t JOIN alerts a ON a.incident_id = t.incident_id AND a.kind = 'page' AND a.step = 1
      WHERE t.id = ANY($1) GROUP BY t.id`,
    [tipIds],
  );
  const delivered = rows.filter((r) => firstSms.has(r.id));
  const round = (p: ReturnType<typeof percentiles>) => ({ p50: Math.round(p.p50 * 10) / 10, p99: Math.round(p.p99 * 10) / 10 });
  return {
    receivedToTriagedMs: round(percentiles(rows.map((r) => Number(r.triage)))),
    triagedToPagesWrittenMs: round(percentiles(rows.map((r) => Number(r.dispatch)))),
    pagesWrittenToPublishedMs: round(percentiles(rows.map((r) => Number(r.publish)))),
    publishedToSmsMs: round(percentiles(delivered.map((r) => firstSms.get(r.id)! - new Date(r.published).getTime()))),
  };
}

/**
 * Latency of tips posted at `rate` for `seconds`, once their pages have arrived (up to `waitMs` more),
 * and the CPU every process spent per tip while they were posted (plus a second to settle).
 */
async function measure(system: System, rate: number, seconds: number, label: string, waitMs: number, labels: Map<number, string>) {
  const accepted = new Map<string, number>(); // tipId -> epoch ms of the 202
  const failures: string[] = [];
  const cpuBefore = cpuSnapshot();
  const windowStart = performance.now();
  const poster = new TipPoster(system.urls.intake, system.env.OPERATOR_API_KEY!);
  await postAtRate(poster, seconds, label, accepted, failures, rate);
  poster.close();
  await sleep(1000);
  const cpuMsPerTip = cpuPerUnit(cpuBefore, cpuSnapshot(), labels, rate * seconds);
  // The share of all cores the machine spent in that window. Near 1 the machine was saturated: tips
  // queued, their work ran past the window, and cpuMsPerTip then understates what a tip costs.
  const busyShare = Math.round((cpuMsPerTip.total * rate * seconds) / ((performance.now() - windowStart) * availableParallelism()) * 100) / 100;
  let firstSms = new Map<string, number>();
  for (const deadline = Date.now() + waitMs; Date.now() < deadline; await sleep(1000)) {
    firstSms = await firstSmsByTip(system);
    if ([...accepted.keys()].every((id) => firstSms.has(id))) break;
  }
  const latencies = [...accepted].filter(([id]) => firstSms.has(id)).map(([id, t]) => Math.max(0, firstSms.get(id)! - t));
  return {
    rate, seconds, tipsAccepted: accepted.size, tipsWithSms: latencies.length, failures: failures.length,
    tipAcceptedToSmsMs: percentiles(latencies), stages: await stages(system, [...accepted.keys()], firstSms), cpuMsPerTip, busyShare,
  };
}

/** Lower rates first (BENCH_SWEEP, tips/s, 10 s each): where the p99 target still holds. */
const SWEEP = (process.env.BENCH_SWEEP ?? '5,10,20,30,40').split(',').filter(Boolean).map(Number);

async function main() {
  await withBenchSystem({}, async ({ system, nats, redis }) => {
    const machine = { referenceWorkMs: referenceWorkMs() };
    const floorFigures = await floor(system.env);
    const labels = new Map<number, string>([[process.pid, 'bench client'], [nats.pid!, 'nats-server'], [redis.pid!, 'redis-server']]);
    for (const [name, app] of system.apps) if (app.pid) labels.set(app.pid, name);
    console.error(`warming up for ${WARMUP_SECONDS} s ...`);
    // Measured like the rest but not reported, and drained before the sweep starts.
    await measure(system, RATE, WARMUP_SECONDS, 'warm-up', 60_000, labels);
    await sleep(1000);
    const sweep = [];
    for (const rate of SWEEP) {
      console.error(`sweep: ${rate} tips/s for 10 s ...`);
      const result = await measure(system, rate, 10, `sweep-${rate}`, 30_000, labels);
      console.error(`  p50 ${result.tipAcceptedToSmsMs.p50} ms, p99 ${result.tipAcceptedToSmsMs.p99} ms, cpu ${result.cpuMsPerTip.total} ms/tip, machine ${Math.round(result.busyShare * 100)}% busy`);
      sweep.push(result);
      await sleep(2000);
    }
    console.error(`posting ${RATE} tips/s for ${SECONDS} s ...`);
    // A backlog shows as latency, not as missing tips: wait up to a minute for the last pages.
    const main = await measure(system, RATE, SECONDS, 'bench', 60_000, labels);
    const results = {
      at: new Date().toISOString(),
      ...main,
      tipsPosted: RATE * SECONDS,
      floor: floorFigures,
      machine: { ...machine, referenceWorkMsAfter: referenceWorkMs() },
      sweep,
    };
    writeFileSync(join(process.cwd(), 'bench/results.json'), JSON.stringify(results, null, 2));
    console.log(JSON.stringify(results, null, 2));
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
