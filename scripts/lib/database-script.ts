import { loadEnvFiles } from '../../libs/platform/src/env-files';
import { Database } from '../../libs/persistence/src/database';

/**
 * An operator script against DATABASE_URL (from the environment or the .env files): `work` answers
 * the exit code (0 fine, 1 a finding or a refusal, for cron and monitors); an error prints its message
 * and exits 2. The pool is closed either way.
 */
export function runDatabaseScript(work: (db: Database) => Promise<number>): void {
  loadEnvFiles();
  if (!process.env.DATABASE_URL) {
    console.error('DATABASE_URL is not set');
    process.exit(2);
  }
  const db = new Database(process.env.DATABASE_URL, 2);
  work(db)
    .finally(() => db.close())
    .then(
      (code) => process.exit(code),
      (err: Error) => {
        console.error(err.message);
        process.exit(2);
      },
    );
}
