import { verifyAuditChain } from '../libs/persistence/src/audit-chain';
import { runDatabaseScript } from './lib/database-script';

/**
 * `npm run audit:verify`: checks the audit log's hash chain in DATABASE_URL and names the first
 * broken link. Exit 0 when the chain holds, 1 when it is broken (for a cron job or a monitor).
 */
runDatabaseScript(async (db) => {
  const { entries, broken } = await verifyAuditChain(db.pool);
  if (!broken) {
    console.log(`audit log: ${entries} entries, the chain holds`);
    return 0;
  }
  console.log(`audit log: ${entries} entries, the chain is broken at entry ${broken.seq} (id ${broken.id}): ${broken.reason}`);
  return 1;
});
