import { Queryable } from './database';

export interface AuditChainReport {
  entries: number;
  /** The first entry where the chain does not hold, and why; absent when it holds throughout. */
  broken?: { seq: number; id: string; reason: string };
}

/**
 * Walks the audit log's hash chain (migration 013) in the database: every entry must follow the one
 * before (no gap in `seq`: a deleted row), point at its hash (an entry put in between) and hash to
 * what it holds (an edited row).
 */
export async function verifyAuditChain(db: Queryable): Promise<AuditChainReport> {
  const { rows } = await db.query<{ entries: number; seq: string | null; id: string | null; reason: string | null }>(
    `WITH chain AS (
       SELECT id, seq, prev_hash, hash,
              audit_entry_hash(prev_hash, seq, at, actor, action, subject, detail) AS recomputed,
              lag(seq) OVER (ORDER BY seq) AS seq_before, lag(hash) OVER (ORDER BY seq) AS hash_before
         FROM audit_log
     ), first_broken AS (
       SELECT seq, id,
              CASE WHEN seq <> coalesce(seq_before, 0) + 1 THEN format('entries %s to %s are missing (deleted)', coalesce(seq_before, 0) + 1, seq - 1)
                   WHEN prev_hash IS DISTINCT FROM hash_before THEN 'it does not point at the entry before it (one was replaced or put in between)'
                   ELSE 'its content does not match its hash (it was edited)' END AS reason
         FROM chain
        WHERE seq <> coalesce(seq_before, 0) + 1 OR prev_hash IS DISTINCT FROM hash_before OR hash <> recomputed
        ORDER BY seq LIMIT 1
     )
     SELECT (SELECT count(*)::int FROM audit_log) AS entries, f.seq::text, f.id::text, f.reason
       FROM (VALUES (1)) v LEFT JOIN first_broken f ON true`,
  );
  const r = rows[0];
  return r.seq ? { entries: r.entries, broken: { seq: Number(r.seq), id: r.id!, reason: r.reason! } } : { entries: r.entries };
}
