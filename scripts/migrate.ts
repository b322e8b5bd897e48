import { loadEnvFiles } from '../libs/platform/src/env-files';
import { Database } from '../libs/persistence/src/database';
import { migrate } from '../libs/persistence/src/migrate';

/** `npm run migrate`: applies pending migrations to DATABASE_URL. */
async function main() {
  loadEnvFiles();
  const db = new Database(process.env.DATABASE_URL!, 1);
  try {
    const applied = await migrate(db);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
