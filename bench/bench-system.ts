import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Database } from '../libs/persistence/src/database';
import { migrate } from '../libs/persistence/src/migrate';
import { startNats, startRedis } from '../test/support/servers';
import { System } from '../test/support/system';
import { ChildProcess } from 'node:child_process';

/** Where a bench's own infrastructure listens; a bench that may run beside another picks its own. */
export interface BenchInfra {
  natsPort: number;
  redisPort: number;
  database: string;
}

/** A bench counts every page a responder received: its sandbox forgets nothing within a run. */
export const SANDBOX_KEEPS_EVERYTHING = { SANDBOX_KEEP_PER_RECIPIENT: '100000000', SANDBOX_KEEP_TOTAL: '100000000' };

const DEFAULT_INFRA: BenchInfra = { natsPort: 15222, redisPort: 17379, database: 'rescue_bench' };

export interface BenchSystem {
  system: System;
  nats: ChildProcess;
  redis: ChildProcess;
}

/** A migrated, empty database of the machine's PostgreSQL for one bench run; its URL. */
export async function freshDatabase(name: string): Promise<string> {
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/${name}`;
  const db = new Database(databaseUrl, 1);
  await migrate(db);
  await db.close();
  return databaseUrl;
}

/**
 * The whole system on bench ports, against its own NATS, Redis and a fresh database, like the
 * end-to-end tests (never the developer's running system). Stopped when `run` ends.
 */
export async function withBenchSystem<T>(
  overrides: Record<string, string>,
  run: (bench: BenchSystem) => Promise<T>,
  { natsPort: NATS_PORT, redisPort: REDIS_PORT, database: DATABASE }: BenchInfra = DEFAULT_INFRA,
): Promise<T> {
  const natsStore = join(tmpdir(), `rescue-bench-${Date.now()}`);
  const nats = await startNats(NATS_PORT, natsStore);
  const redis = await startRedis(REDIS_PORT);
  const databaseUrl = await freshDatabase(DATABASE);

  const system = new System({
    NATS_URL: `nats://127.0.0.1:${NATS_PORT}`,
    REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
    DATABASE_URL: databaseUrl,
    SMS_RATE_PER_SECOND: '5000',
    LINE_RATE_PER_SECOND: '5000',
    ...SANDBOX_KEEPS_EVERYTHING,
    // e.g. BENCH_NODE_OPTIONS='--require ./profile.js' to profile every service
    ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
    ...overrides,
  });
  try {
    await system.start();
    return await run({ system, nats, redis });
  } finally {
    await system.stop();
    nats.kill();
    redis.kill();
    rmSync(natsStore, { recursive: true, force: true });
  }
}

export function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] };
}
