/**
 * `npm run bench:idle`: what the whole system costs when no tip comes. Starts every app on its own
 * NATS, Redis and database (like `npm run bench`), waits until all are ready plus BENCH_IDLE_SETTLE_SECONDS
 * (default 10), then reads the CPU time (utime + stime, /proc/<pid>/stat) of each app, NATS, Redis and
 * the PostgreSQL backends of its database (attributed to the app holding the connection) every second over
 * BENCH_IDLE_SECONDS (default 60). Prints % of one core per process and the total; writes
 * bench/idle-results.json. The bench process itself (the apps' parent, as `npm start`'s supervisor
 * is, reading their output, plus this sampling) and its PostgreSQL backend are shown, not counted.
 * Arguments NAME=value set the apps' environment, to measure a knob (`... idle-cpu.ts INTAKE_INBOX_CHECK_MS=1000`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { sleep } from '../test/support/system';
import { withBenchSystem } from './bench-system';
import { cpuSnapshot } from './cpu-usage';
import { referenceWorkMs } from './machine-speed';
import { postgresBackends } from './postgres-backends';

const SETTLE_SECONDS = Number(process.env.BENCH_IDLE_SETTLE_SECONDS ?? 10);
const SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 60);
const INFRA = { natsPort: 15422, redisPort: 17579, database: 'rescue_bench_idle' };
const PORT_BASE = 13200; // beside the other benches' (13000, 13100), so they may run together
const BENCH_LABEL = 'bench client';
const OVERRIDES = Object.fromEntries(process.argv.slice(2).map((arg) => [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]));

/** Busy share of all the machine's cores so far (from /proc/stat): other work on a shared machine shows here. */
function machineTicks(): { busy: number; all: number } {
  const cols = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const all = cols.reduce((s, v) => s + v, 0);
  return { busy: all - cols[3] - (cols[4] ?? 0), all }; // idle and iowait are not busy
}

async function main() {
  process.env.E2E_PORT_BASE = String(PORT_BASE);
  await withBenchSystem(
    OVERRIDES,
    async ({ system, nats, redis }) => {
      const processes = new Map<number, string>([[process.pid, BENCH_LABEL], [nats.pid!, 'nats-server'], [redis.pid!, 'redis-server']]);
      const apps = new Map<number, string>();
      for (const [name, app] of system.apps) if (app.pid) apps.set(app.pid, name);
      for (const [pid, name] of apps) processes.set(pid, name);
      const admin = new Client({ connectionString: system.env.DATABASE_URL });
      await admin.connect();
      console.error(`ready; settling for ${SETTLE_SECONDS} s ...`);
      await sleep(SETTLE_SECONDS * 1000);

      // Sampled every second, not only at both ends: a pool closes an idle connection (and its
      // backend ends) within the window, and a backend that is gone can no longer be read.
      const labels = new Map(processes);
      const first = cpuSnapshot();
      const machineBefore = machineTicks();
      const last = new Map<number, number>();
      const start = performance.now();
      console.error(`sampling for ${SECONDS} s ...`);
      while (performance.now() - start < SECONDS * 1000) {
        for (const [pid, label] of await postgresBackends(admin, INFRA.database, apps)) labels.set(pid, label);
        for (const [pid, { seconds }] of cpuSnapshot(labels.keys())) last.set(pid, seconds);
        await sleep(1000);
      }
      const elapsed = (performance.now() - start) / 1000;
      const machineAfter = machineTicks();
      await admin.end();

      const seconds: Record<string, number> = {};
      for (const [pid, end] of last) {
        const label = labels.get(pid)!;
        seconds[label] = (seconds[label] ?? 0) + end - (first.get(pid)?.seconds ?? 0); // a pid not there at first started within
      }
      const percent = (s: number) => Math.round(((s * 100) / elapsed) * 100) / 100;
      const rows = Object.entries(seconds).sort(([, a], [, b]) => b - a);
      const counted = rows.filter(([label]) => !label.includes(BENCH_LABEL));
      const totalPercent = percent(counted.reduce((s, [, v]) => s + v, 0));
      console.log(`\nidle CPU over ${Math.round(elapsed)} s, % of one core:`);
      for (const [label, s] of rows) console.log(`  ${label.padEnd(34)} ${percent(s).toFixed(2).padStart(6)}%${label.includes(BENCH_LABEL) ? '  (not counted)' : ''}`);
      console.log(`  ${'total'.padEnd(34)} ${totalPercent.toFixed(2).padStart(6)}%`);
      const machineBusy = Math.round(((machineAfter.busy - machineBefore.busy) / (machineAfter.all - machineBefore.all)) * 100);
      console.log(`  (the whole machine was ${machineBusy}% busy across ${availableParallelism()} cores meanwhile)`);
      const results = {
        at: new Date().toISOString(),
        seconds: Math.round(elapsed),
        settleSeconds: SETTLE_SECONDS,
        overrides: OVERRIDES,
        percentOfOneCore: Object.fromEntries(rows.map(([label, s]) => [label, percent(s)])),
        totalPercentOfOneCore: totalPercent,
        machine: { busyPercentOfAllCores: machineBusy, cores: availableParallelism(), referenceWorkMs: referenceWorkMs() },
      };
      writeFileSync(join(process.cwd(), 'bench/idle-results.json'), JSON.stringify(results, null, 2) + '\n');
    },
    INFRA,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
