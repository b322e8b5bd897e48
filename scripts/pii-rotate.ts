import { loadConfig } from '../libs/platform/src/config';
import { PiiKeysConfig, Sealer, sealedKeyId, sealerFromConfig } from '../libs/platform/src/sealing';
import { Database } from '../libs/persistence/src/database';
import { runDatabaseScript } from './lib/database-script';

/** Every column that holds values sealed by `Sealer`. */
const SEALED_COLUMNS = [
  { table: 'tips', key: 'id', column: 'reporter_sealed' },
  { table: 'public_media', key: 'message_id', column: 'content_sealed' },
  { table: 'users', key: 'id', column: 'totp_secret_sealed' },
  { table: 'users', key: 'id', column: 'totp_pending_sealed' },
] as const;
type SealedColumn = (typeof SEALED_COLUMNS)[number];

const BATCH = Number(process.env.PII_ROTATE_BATCH ?? 500);
/** Records per key id; the database groups by the sealed text's first two fields, the Sealer says which key those name. */
async function countsByKey(db: Database, c: SealedColumn): Promise<Record<string, number>> {
  const rows = await db.query<{ head: string; n: string }>(
    `SELECT split_part(${c.column}, '.', 1) || '.' || split_part(${c.column}, '.', 2) AS head, count(*) AS n
       FROM ${c.table} WHERE ${c.column} IS NOT NULL GROUP BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { head, n } of rows) counts[sealedKeyId(head)] = (counts[sealedKeyId(head)] ?? 0) + Number(n);
  return counts;
}

const show = (counts: Record<string, number>) => Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => `${id}=${n}`).join(' ') || 'none';

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
runDatabaseScript(async (db) => {
  const sealer = sealerFromConfig(loadConfig(PiiKeysConfig));
  const before = new Map<SealedColumn, Record<string, number>>();
  const unknown: Record<string, number> = {};
  for (const c of SEALED_COLUMNS) {
    const counts = await countsByKey(db, c);
    before.set(c, counts);
    for (const [id, n] of Object.entries(counts)) if (!sealer.keyIds.includes(id)) unknown[id] = (unknown[id] ?? 0) + n;
  }
  console.log(`current key id: ${sealer.keyId}; readable key ids: ${sealer.keyIds.join(', ')}`);
  for (const c of SEALED_COLUMNS) console.log(`before  ${c.table}.${c.column}: ${show(before.get(c)!)}`);
  const unknownTotal = Object.values(unknown).reduce((a, b) => a + b, 0);
  if (unknownTotal) {
    console.log(`refused: ${unknownTotal} record(s) are sealed under key id(s) that are not configured: ${show(unknown)}; ` +
      'add those keys to PII_ENCRYPTION_OLD_KEYS (id:base64key) and run again');
    return 1;
  }
  for (const c of SEALED_COLUMNS) {
    const n = await rotateColumn(db, sealer, c);
    console.log(`after   ${c.table}.${c.column}: ${show(await countsByKey(db, c))} (${n} re-sealed)`);
  }
  console.log(`done: every sealed record is under key id ${sealer.keyId}; the old keys can be removed from PII_ENCRYPTION_OLD_KEYS`);
  return 0;
});
