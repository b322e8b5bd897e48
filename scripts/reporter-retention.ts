import { loadConfig } from '../libs/platform/src/config';
import { ReporterRetentionConfig } from '../apps/board/src/retention/retention-config';
import { eraseExpiredReporterDetails } from '../apps/board/src/retention/reporter-erasure';
import { runDatabaseScript } from './lib/database-script';

/**
 * `npm run pii:retention`: the board's daily retention run, now (after lowering
 * REPORTER_PII_RETENTION_DAYS, or from cron where the board's schedule is not wanted). Prints how many
 * tips' reporter details were erased.
 */
runDatabaseScript(async (db) => {
  const days = loadConfig(ReporterRetentionConfig).REPORTER_PII_RETENTION_DAYS;
  const erased = await eraseExpiredReporterDetails(db, new Date(), days);
  console.log(`erased the reporter details of ${erased} tips of incidents closed more than ${days} days ago`);
  return 0;
});
