import { Inject, Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import { IncidentOpened, Subjects, TipReceived } from '@rescue/contracts';
import { caseReference, triage } from '@rescue/domain';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';

const INCIDENT_NAMESPACE = '0d6f7a52-6c8e-4d3b-8f0e-2f6c1b9a4e77';

/**
 * Scores a tip, stores it with its incident and announces the incident. Idempotent: the incident id
 * derives from the tip id, every insert tolerates a replay, and `incidents.opened` carries a
 * deterministic message id, so a redelivered tip opens one incident.
 */
@Injectable()
export class TriageTip {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
  ) {}

  async execute(tip: TipReceived): Promise<void> {
    const result = triage({ text: tip.text, channel: tip.channel, language: tip.language, location: tip.location });
    const incidentId = `inc-${uuidv5(tip.tipId, INCIDENT_NAMESPACE)}`;
    const summary = summarise(result.indicators, result.minors, result.crossBorder);
    const openedAt = await this.db.tx(async (client) => {
      const { rows } = await client.query(
        `INSERT INTO incidents (id, state, priority, district, minors, cross_border, summary, case_ref, opened_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id
         RETURNING opened_at`,
        [incidentId, result.priority === 'P4' ? 'review' : 'triggered', result.priority, result.district, result.minors,
          result.crossBorder, summary, caseReference(incidentId), tip.receivedAt],
      );
      await client.query(
        `INSERT INTO tips (id, received_at, channel, language, text, location, reporter_sealed, reporter_key,
                           callback_allowed, incident_id, triage, triaged_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
         ON CONFLICT (id) DO NOTHING`,
        [tip.tipId, tip.receivedAt, tip.channel, tip.language ?? result.language, tip.text, tip.location ?? null,
          tip.reporterSealed ?? null, tip.reporterKey ?? null, tip.callbackAllowed ?? false, incidentId, result],
      );
      await client.query(
        `INSERT INTO timeline (incident_id, event_key, at, kind, detail) VALUES ($1, $2, $3, 'tip', $4)
         ON CONFLICT (event_key) DO NOTHING`,
        [incidentId, `tip-${tip.tipId}`, tip.receivedAt, { tipId: tip.tipId, channel: tip.channel, priority: result.priority,
          indicators: result.indicators, explanation: result.explanation }],
      );
      return rows[0].opened_at as Date;
    });
    const event: IncidentOpened = {
      incidentId,
      tipId: tip.tipId,
      priority: result.priority,
      district: result.district,
      minors: result.minors,
      crossBorder: result.crossBorder,
      summary,
      openedAt: new Date(openedAt).toISOString(),
    };
    await this.publisher.publish(Subjects.incidentOpened, event, `opened-${incidentId}`);
  }
}

/** The redacted summary that alerts carry: what kind of case, never names or contacts. */
function summarise(indicators: string[], minors: boolean, crossBorder: string | null): string {
  const parts = [...new Set([...(minors ? ['minors'] : []), ...indicators])];
  if (crossBorder) parts.push(`cross-border ${crossBorder}`);
  return parts.length ? parts.join(', ') : 'tip received';
}
