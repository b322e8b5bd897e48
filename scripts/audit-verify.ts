import { loadEnvFiles } from '../libs/platform/src/env-files';
import { verifyAuditChain } from '../libs/persistence/src/audit-chain';
import { Database } from '../libs/persistence/src/database';

/**
 * `npm run audit:verify`: checks the audit log's hash chain in DATABASE_URL and names the first
 * broken link. Exit 0 when the chain holds, 1 when it is broken (for a cron job or a monitor).
 */
async function main(): Promise<number> {
  loadEnvFiles();
  const db = new Database(process.env.DATABASE_URL!, 1);
  try {
    const { entries, broken } = await verifyAuditChain(db.pool);
    if (!broken) {
      console.log(`audit log: ${entries} entries, the chain holds`);
      return 0;
    }
    console.log(`audit log: ${entries} entries, the chain is broken at entry ${broken.seq} (id ${broken.id}): ${broken.reason}`);
    return 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err.message);
    process.exit(2);
  },
);
