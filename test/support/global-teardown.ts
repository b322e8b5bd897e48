import { Client } from 'pg';

export default async function globalTeardown() {
  for (const pid of JSON.parse(process.env.E2E_SERVER_PIDS ?? '[]') as number[]) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (process.env.E2E_DATABASE) {
    const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${process.env.E2E_DATABASE} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}
