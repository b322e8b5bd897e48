import { Inject, Injectable } from '@nestjs/common';
import { caseReference, extractCaseReference } from '@rescue/domain';
import { Database } from '@rescue/persistence';
import { ReportLanguage } from './report-language';

/** People type a report in pieces: messages this close to the previous one continue the same report. */
export const REPORT_THREAD_MINUTES = 30;
/** Within a report, a follow-up is acknowledged at most this often. */
const FOLLOW_UP_RECEIPT_MINUTES = 10;

export interface ThreadPosition {
  reference: string;
  language: ReportLanguage | null;
  /** This message started the report (or named another one): it gets the full receipt. */
  started: boolean;
  /** A follow-up whose sender has not been answered for a while. */
  acknowledgeFollowUp: boolean;
}

/**
 * Places a public message in its reporter's report: the one it quotes ("CR-7K3P"), the one still
 * open from the last few minutes, or a new one whose reference derives from the message. One
 * statement, so two pieces arriving together cannot start two reports.
 */
@Injectable()
export class ReportThread {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute(input: { reporterKey: string; tipId: string; text: string; language: ReportLanguage | null }): Promise<ThreadPosition> {
    const quoted = extractCaseReference(input.text) ?? null;
    const fresh = caseReference(`report-${input.tipId}`);
    const row = await this.db.one(
      `INSERT INTO public_report_threads AS t (reporter_key, reference, language, started_at, last_message_at)
       VALUES ($1, COALESCE($3, $2), $4, now(), now())
       ON CONFLICT (reporter_key) DO UPDATE SET
         reference = CASE WHEN $3::text IS NOT NULL THEN $3
                          WHEN t.last_message_at > now() - make_interval(mins => $5) THEN t.reference
                          ELSE EXCLUDED.reference END,
         started_at = CASE WHEN ($3::text IS NULL OR $3 = t.reference) AND t.last_message_at > now() - make_interval(mins => $5)
                           THEN t.started_at ELSE now() END,
         -- A Thai, Burmese or Lao piece says more about the reporter's language than "ok" or a photo.
         language = CASE WHEN t.last_message_at > now() - make_interval(mins => $5) AND t.language IS NOT NULL
                              AND (EXCLUDED.language IS NULL OR EXCLUDED.language = 'en') THEN t.language
                         ELSE COALESCE(EXCLUDED.language, t.language) END,
         last_message_at = now()
       RETURNING t.reference, t.language, t.started_at = now() AS started,
                 (t.last_receipt_at IS NULL OR t.last_receipt_at < now() - make_interval(mins => $6)) AS acknowledge_follow_up`,
      [input.reporterKey, fresh, quoted, input.language, REPORT_THREAD_MINUTES, FOLLOW_UP_RECEIPT_MINUTES],
    );
    return { reference: row.reference, language: row.language, started: row.started, acknowledgeFollowUp: row.acknowledge_follow_up };
  }

  /** The reporter was answered now (follow-ups stay quiet for a while). */
  async receiptSent(reporterKey: string): Promise<void> {
    await this.db.query('UPDATE public_report_threads SET last_receipt_at = now() WHERE reporter_key = $1', [reporterKey]);
  }
}
