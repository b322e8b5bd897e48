import type { Database } from '@rescue/persistence';

export type ErasureReason = 'retention' | 'request';

export interface ErasedTip {
  tipId: string;
  incidentId: string;
}

/**
 * Erases what identifies the reporters of these tips, in one transaction: the sealed contact details
 * (phone, name, LINE id), the pseudonym that links their messages, the photos they sent on LINE (the
 * tip's text names each by message id) and, once no other tip of theirs holds details, their
 * conversation thread and reply allowance. A STOP they sent stays: it is their wish, kept as a hash. Each incident's timeline says it happened; the tip's text and the case stay.
 * A plain function (not a Nest provider) so that `npm run pii:retention` runs the same statements.
 */
export async function eraseReporterDetails(db: Database, tipIds: string[], at: Date, reason: ErasureReason): Promise<ErasedTip[]> {
  if (!tipIds.length) return [];
  return db.tx(async (tx) => {
    const { rows: tips } = await tx.query<{ id: string; incident_id: string; reporter_key: string | null; text: string }>(
      `SELECT id, incident_id, reporter_key, text FROM tips
        WHERE id = ANY($1) AND (reporter_sealed IS NOT NULL OR reporter_key IS NOT NULL) ORDER BY id FOR UPDATE`,
      [tipIds],
    );
    if (!tips.length) return [];
    const ids = tips.map((t) => t.id);
    const keys = [...new Set(tips.map((t) => t.reporter_key).filter((k): k is string => k !== null))];
    await tx.query(
      `DELETE FROM public_media m USING tips t
        WHERE t.id = ANY($1) AND strpos(t.text, 'message ' || m.message_id || ']') > 0`,
      [ids],
    );
    // The pseudonym links a person's messages: gone with the last tip of theirs that holds details.
    const gone = (
      await tx.query<{ key: string }>(
        `SELECT k AS key FROM unnest($1::text[]) k WHERE NOT EXISTS (SELECT 1 FROM tips o WHERE o.reporter_key = k AND o.id <> ALL($2))`,
        [keys, ids],
      )
    ).rows.map((r) => r.key);
    await tx.query(`DELETE FROM public_report_threads WHERE reporter_key = ANY($1)`, [gone]);
    await tx.query(`DELETE FROM auto_replies WHERE sender_key = ANY($1)`, [gone]);
    await tx.query(`UPDATE tips SET reporter_sealed = NULL, reporter_key = NULL, reporter_erased_at = $2 WHERE id = ANY($1)`, [ids, at]);
    // One statement for the whole batch (up to 500 tips), not a round trip per tip.
    await tx.query(
      `INSERT INTO timeline (incident_id, event_key, kind, at, detail)
       SELECT t.incident_id, 'reporter-erased-' || t.id, 'reporter-details-erased', $2, jsonb_build_object('tipId', t.id, 'reason', $3::text)
         FROM tips t WHERE t.id = ANY($1)
       ON CONFLICT (event_key) DO NOTHING`,
      [ids, at, reason],
    );
    return tips.map((t) => ({ tipId: t.id, incidentId: t.incident_id }));
  });
}

/**
 * The tips whose reporter details are kept past retention: of incidents resolved, or left in review
 * (P4, never dispatched), before the cutoff.
 */
export async function tipsPastRetention(db: Database, cutoff: Date, limit = 500): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT t.id FROM tips t JOIN incidents i ON i.id = t.incident_id
      WHERE (t.reporter_sealed IS NOT NULL OR t.reporter_key IS NOT NULL)
        AND ((i.state = 'resolved' AND i.resolved_at < $1) OR (i.state = 'review' AND i.opened_at < $1))
      ORDER BY t.id LIMIT $2`,
    [cutoff, limit],
  );
  return rows.map((r) => r.id);
}

/** Erases every tip past retention, a batch per transaction: how many tips were erased. */
export async function eraseExpiredReporterDetails(db: Database, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  let erased = 0;
  for (;;) {
    const batch = await tipsPastRetention(db, cutoff);
    const done = batch.length ? (await eraseReporterDetails(db, batch, now, 'retention')).length : 0;
    if (!done) return erased; // none left (or another replica took this batch)
    erased += done;
  }
}
