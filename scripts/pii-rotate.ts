import { z } from 'zod';
import { loadConfig } from '../libs/platform/src/config';
import { loadEnvFiles } from '../libs/platform/src/env-files';
import { PiiKeysConfig, Sealer, sealerFromConfig } from '../libs/platform/src/sealing';
import { Database } from '../libs/persistence/src/database';

/** Every column that holds values sealed by `Sealer` (columns not in this database are skipped). */
const SEALED_COLUMNS = [
  { table: 'tips', key: 'id', column: 'reporter_sealed' },
  { table: 'public_media', key: 'message_id', column: 'content_sealed' },
  { table: 'users', key: 'id', column: 'totp_secret_sealed' },
  { table: 'users', key: 'id', column: 'totp_pending_sealed' },
] as const;
type SealedColumn = (typeof SEALED_COLUMNS)[number];

const BATCH = Number(process.env.PII_ROTATE_BATCH ?? 500);
const keyIdOf = (column: string) => `CASE WHEN split_part(${column}, '.', 1) = 'v1' THEN 'legacy' ELSE split_part(${column}, '.', 2) END`;

async function countsByKey(db: Database, c: SealedColumn): Promise<Record<string, number>> {
  const rows = await db.query<{ key_id: string; n: string }>(
    `SELECT ${keyIdOf(c.column)} AS key_id, count(*) AS n FROM ${c.table} WHERE ${c.column} IS NOT NULL GROUP BY 1 ORDER BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.key_id, Number(r.n)]));
}

const show = (counts: Record<string, number>) => Object.entries(counts).map(([id, n]) => `${id}=${n}`).join(' ') || 'none';

/** Re-seals one column under the current key, a batch per transaction; rows already under it are left alone. */
async function rotateColumn(db: Database, sealer: Sealer, c: SealedColumn): Promise<number> {
  const current = `v2.${sealer.keyId}.`;
  let resealed = 0;
  for (;;) {
    const done = await db.tx(async (tx) => {
      const { rows } = await tx.query(
        `SELECT ${c.key} AS key, ${c.column} AS sealed FROM ${c.table}
          WHERE ${c.column} IS NOT NULL AND left(${c.column}, length($1)) <> $1
          ORDER BY ${c.key} LIMIT ${BATCH} FOR UPDATE`,
        [current],
      );
      for (const row of rows) {
        // Conditional: a value written meanwhile by a service (already under the current key) stays.
        await tx.query(`UPDATE ${c.table} SET ${c.column} = $2 WHERE ${c.key} = $1 AND ${c.column} = $3`, [row.key, sealer.reseal(row.sealed), row.sealed]);
      }
      return rows.length;
    });
    resealed += done;
    if (done < BATCH) return resealed;
  }
}

/**
 * `npm run pii:rotate`: re-seals every sealed column of DATABASE_URL under PII_ENCRYPTION_KEY
 * (PII_ENCRYPTION_KEY_ID), opening with PII_ENCRYPTION_OLD_KEYS. Idempotent and resumable: records
 * already under the current key are skipped, each batch is its own transaction. Refuses to start when
 * a record's key is configured nowhere. Exit 0 when done, 1 when refused, 2 on an error.
 */
async function main(): Promise<number> {
  loadEnvFiles();
  const config = loadConfig(PiiKeysConfig.extend({ DATABASE_URL: z.string().url() }));
  const sealer = sealerFromConfig(config);
  const db = new Database(config.DATABASE_URL, 2);
  try {
    const present = new Set(
      (await db.query<{ t: string }>(`SELECT table_name || '.' || column_name AS t FROM information_schema.columns WHERE table_schema = current_schema()`)).map((r) => r.t),
    );
    const columns = SEALED_COLUMNS.filter((c) => present.has(`${c.table}.${c.column}`));
    const before = new Map<SealedColumn, Record<string, number>>();
    const unknown: Record<string, number> = {};
    for (const c of columns) {
      const counts = await countsByKey(db, c);
      before.set(c, counts);
      for (const [id, n] of Object.entries(counts)) if (!sealer.keyIds.includes(id)) unknown[id] = (unknown[id] ?? 0) + n;
    }
    console.log(`current key id: ${sealer.keyId}; readable key ids: ${sealer.keyIds.join(', ')}`);
    for (const c of columns) console.log(`before  ${c.table}.${c.column}: ${show(before.get(c)!)}`);
    const unknownTotal = Object.values(unknown).reduce((a, b) => a + b, 0);
    if (unknownTotal) {
      console.log(`refused: ${unknownTotal} record(s) are sealed under key id(s) that are not configured: ${show(unknown)}; ` +
        'add those keys to PII_ENCRYPTION_OLD_KEYS (id:base64key) and run again');
      return 1;
    }
    for (const c of columns) {
      const n = await rotateColumn(db, sealer, c);
      console.log(`after   ${c.table}.${c.column}: ${show(await countsByKey(db, c))} (${n} re-sealed)`);
    }
    console.log(`done: every sealed record is under key id ${sealer.keyId}; the old keys can be removed from PII_ENCRYPTION_OLD_KEYS`);
    return 0;
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
