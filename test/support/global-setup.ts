import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Database } from '../../libs/persistence/src/database';
import { migrate } from '../../libs/persistence/src/migrate';
import { e2eInfra } from './e2e-env';
import { freePort, startNats, startRedis } from './servers';

/**
 * A fresh NATS (JetStream) and Redis on free ports, and a fresh database, for the whole run. The
 * choices go into E2E_* variables that the test files (same process, or workers spawned after this)
 * read through e2eEnv(); several runs on one machine do not collide.
 */
export default async function globalSetup() {
  const dir = mkdtempSync(join(tmpdir(), 'rescue-e2e-'));
  const natsPort = await freePort();
  const redisPort = await freePort();
  const nats = await startNats(natsPort, join(dir, 'nats'));
  const redis = await startRedis(redisPort);
  const database = `rescue_e2e_${process.pid}`;
  // App ports: a block of ten from a range the kernel does not hand out as ephemeral ports.
  const portBase = 20000 + (process.pid % 1000) * 10;
  Object.assign(process.env, {
    E2E_NATS_PORT: String(natsPort),
    E2E_REDIS_PORT: String(redisPort),
    E2E_DATABASE: database,
    E2E_PORT_BASE: String(portBase),
    E2E_SERVER_PIDS: JSON.stringify([nats.pid, redis.pid]),
  });

  const admin = new Client({ connectionString: `${e2eInfra().postgres}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const db = new Database(`${e2eInfra().postgres}/${database}`, 1);
  await migrate(db);
  await db.close();
}
