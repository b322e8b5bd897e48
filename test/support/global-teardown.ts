import { Client } from 'pg';
import { e2eInfra } from './e2e-env';

export default async function globalTeardown() {
  for (const pid of JSON.parse(process.env.E2E_SERVER_PIDS ?? '[]') as number[]) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (process.env.E2E_DATABASE) {
    const admin = new Client({ connectionString: `${e2eInfra().postgres}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${process.env.E2E_DATABASE} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}
