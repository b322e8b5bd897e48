import { Inject, Injectable, Logger } from '@nestjs/common';
import { caseAcceptedText } from '@rescue/channels';
import { IncidentAcknowledged } from '@rescue/contracts';
import { deterministicId } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { SmsOptOuts } from '../opt-outs/sms-opt-outs';
import { PublicReporters } from './public-reporters';
import { ReporterNoticeQueue } from './reporter-notice-queue';

/** News this old is not news: a consumer created on a stream with history must not text last week's reporters. */
const STALE_AFTER_MS = 24 * 3600_000;

/**
 * A responder accepted: each member of the public who reported the incident by LINE or SMS is told,
 * once per incident (whichever role accepts first, however often the event is redelivered), in their
 * language, with their case reference and nothing about who responds.
 */
@Injectable()
export class TellReportersAccepted {
  private readonly logger = new Logger(TellReportersAccepted.name);

  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly reporters: PublicReporters,
    private readonly optOuts: SmsOptOuts,
    private readonly queue: ReporterNoticeQueue,
  ) {}

  async execute(event: IncidentAcknowledged): Promise<void> {
    if (Date.now() - Date.parse(event.at) > STALE_AFTER_MS) return;
    for (const reporter of await this.reporters.ofIncident(event.incidentId)) {
      const noticeId = deterministicId('reporter', event.incidentId, 'accepted', reporter.reporterKey);
      if (await this.db.one('SELECT 1 FROM reporter_notices WHERE id = $1', [noticeId])) continue;
      if (reporter.channel === 'sms' && (await this.optOuts.keyOptedOut(reporter.reporterKey))) {
        this.logger.log(`${event.incidentId}: a reporter sent STOP; not told of the acceptance`);
        continue;
      }
      // Queued first (its job id dedupes), recorded second: a crash between the two re-queues the same job.
      await this.queue.enqueue({
        noticeId,
        incidentId: event.incidentId,
        channel: reporter.channel,
        reporterSealed: reporter.reporterSealed,
        reporterKey: reporter.reporterKey,
        text: caseAcceptedText(reporter.language, reporter.caseRef),
      });
      await this.db.query(
        `INSERT INTO reporter_notices (id, incident_id, kind, channel) VALUES ($1, $2, 'accepted', $3) ON CONFLICT (id) DO NOTHING`,
        [noticeId, event.incidentId, reporter.channel],
      );
    }
  }
}
