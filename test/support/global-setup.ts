import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Database } from '../../libs/persistence/src/database';
import { migrate } from '../../libs/persistence/src/migrate';
import { E2E_INFRA } from './e2e-env';
import { startNats, startRedis } from './servers';

export const PIDS_FILE = join(tmpdir(), 'rescue-e2e-pids.json');

/** A fresh NATS (JetStream) and Redis on test ports, and a fresh database, for the whole run. */
export default async function globalSetup() {
  const dir = mkdtempSync(join(tmpdir(), 'rescue-e2e-'));
  const nats = await startNats(E2E_INFRA.NATS_PORT, join(dir, 'nats'));
  const redis = await startRedis(E2E_INFRA.REDIS_PORT);
  writeFileSync(PIDS_FILE, JSON.stringify([nats.pid, redis.pid]));

  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${E2E_INFRA.DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${E2E_INFRA.DATABASE}`);
  await admin.end();
  const db = new Database(`postgres://postgres@127.0.0.1:5432/${E2E_INFRA.DATABASE}`, 1);
  await migrate(db);
  await db.close();
}
