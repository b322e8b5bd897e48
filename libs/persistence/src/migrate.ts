import { Database } from './database';
import { migrations } from './migrations';

/**
 * Applies versioned migrations in order, each in its own transaction, under an advisory lock so
 * several services starting together do not race. Hand-written (thirty lines) because the
 * migrations are plain SQL and a migration framework would add a DSL and a CLI for no gain.
 */
export async function migrate(db: Database): Promise<string[]> {
  const applied: string[] = [];
  await db.tx(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(7250001)');
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
      applied.push(m.version);
    }
  });
  return applied;
}
