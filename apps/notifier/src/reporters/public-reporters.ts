import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';

export interface PublicReporter {
  /** Pseudonym of their LINE user id or phone. */
  reporterKey: string;
  channel: 'line' | 'sms';
  /** Their contact, still sealed; opened only to send. */
  reporterSealed: string;
  /** The language they last wrote in, if any. */
  language: string | null;
  caseRef: string;
}

/** The members of the public who reported an incident by LINE or SMS, one row each (latest tip wins). */
@Injectable()
export class PublicReporters {
  constructor(@Inject(Database) private readonly db: Database) {}

  ofIncident(incidentId: string): Promise<PublicReporter[]> {
    // The reference a reporter was given is their report thread's, while that thread is the one their
    // last tip here belonged to (it can differ from the incident's when their tip joined someone else's
    // incident); after they started another report, the incident's own reference.
    return this.db.query<PublicReporter>(
      `WITH mine AS (
         SELECT t.reporter_key,
                (array_agg(t.channel ORDER BY t.received_at DESC))[1] AS channel,
                (array_agg(t.reporter_sealed ORDER BY t.received_at DESC))[1] AS reporter_sealed,
                (array_agg(t.language ORDER BY t.received_at DESC) FILTER (WHERE t.language IS NOT NULL))[1] AS language,
                max(t.received_at) AS last_tip_at
           FROM tips t
          WHERE t.incident_id = $1 AND t.channel IN ('line', 'sms') AND t.reporter_key IS NOT NULL AND t.reporter_sealed IS NOT NULL
          GROUP BY t.reporter_key)
       SELECT m.reporter_key AS "reporterKey", m.channel, m.reporter_sealed AS "reporterSealed",
              COALESCE(m.language, th.language) AS language,
              CASE WHEN th.started_at <= m.last_tip_at + interval '5 seconds' THEN th.reference ELSE i.case_ref END AS "caseRef"
         FROM mine m
         JOIN incidents i ON i.id = $1
         LEFT JOIN public_report_threads th ON th.reporter_key = m.reporter_key`,
      [incidentId],
    );
  }
}
