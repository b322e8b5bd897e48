import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { AlertDelivery, AlertRaised, DeliveryChannel } from '@rescue/contracts';
import { ProviderError } from '@rescue/channels';
import { DeliveryBatch, JetStreamPublisher } from '@rescue/messaging';
import { NOTIFIER_CONFIG, NotifierConfig } from '../config';
import { SmsOptOuts } from '../opt-outs/sms-opt-outs';
import { LineSender } from '../providers/line-sender';
import { SmsSender } from '../providers/sms-sender';
import { countDelivery } from './delivery-outcomes';
import { DeliveryJob, DeliveryQueues, queueName } from './delivery-queues';
import { FallbackToSms } from './fallback-to-sms';
import { StillWanted } from './still-wanted';

export const OPTED_OUT = 'not delivered: opted out by SMS STOP';

/**
 * Delivers queued alerts, one worker per provider with that provider's rate limit. Temporary errors
 * (429, 5xx, network) are retried with backoff; permanent ones fail at once. Once the provider has
 * accepted a message the job records it, so no retry ever sends it again.
 */
@Injectable()
export class DeliveryWorkers implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DeliveryWorkers.name);
  private workers: Worker<DeliveryJob>[] = [];
  /** What the notifier learnt (LINE accepted a push, a delivery failed for good), batched. */
  private readonly reports = new DeliveryBatch((subject, payload, msgId) => this.publisher.publish(subject, payload, msgId));

  constructor(
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
    private readonly queues: DeliveryQueues,
    private readonly stillWanted: StillWanted,
    private readonly sms: SmsSender,
    private readonly line: LineSender,
    private readonly publisher: JetStreamPublisher,
    private readonly fallback: FallbackToSms,
    private readonly optOuts: SmsOptOuts,
  ) {}

  onModuleInit() {
    const senders: Record<DeliveryChannel, { send(a: AlertRaised): Promise<string> }> = { sms: this.sms, line: this.line };
    const rates: Record<DeliveryChannel, number> = { sms: this.config.SMS_RATE_PER_SECOND, line: this.config.LINE_RATE_PER_SECOND };
    for (const channel of ['sms', 'line'] as const) {
      const worker = new Worker<DeliveryJob>(queueName(channel), (job) => this.deliver(job, senders[channel]), {
        connection: this.queues.connection.duplicate(),
        concurrency: 32,
        limiter: { max: Math.max(1, Math.round(rates[channel])), duration: 1000 },
      });
      worker.on('failed', (job, err) => {
        // Temporary errors until the last attempt: report it, and try SMS when LINE never got through.
        if (!job || err instanceof UnrecoverableError || job.attemptsMade < (job.opts.attempts ?? 1)) return;
        countDelivery(channel, 'failed');
        void this.fallback
          .execute(job.data.alert)
          .then((instead) => this.report(job.data.alert, 'failed', undefined, instead ? `${err.message}; ${instead}` : err.message));
      });
      worker.on('error', () => undefined);
      this.workers.push(worker);
    }
  }

  private async deliver(job: Job<DeliveryJob>, sender: { send(a: AlertRaised): Promise<string> }) {
    const { alert } = job.data;
    let providerMessageId = job.data.providerMessageId;
    if (!providerMessageId) {
      // Both asked at once: each is one batched query for all the alerts being sent right now.
      const [wanted, optedOut] = await Promise.all([
        this.stillWanted.check(alert),
        alert.channel === 'sms' ? this.optOuts.isOptedOut(alert.to) : false,
      ]);
      if (!wanted) {
        countDelivery(alert.channel, 'not_wanted');
        this.logger.log(`${alert.alertId}: role already accepted or incident closed; not sent`);
        return;
      }
      // A number that sent STOP gets nothing until START; the coordinator sees why in the timeline.
      if (optedOut) {
        countDelivery(alert.channel, 'opted_out');
        await this.report(alert, 'failed', undefined, OPTED_OUT);
        return;
      }
      try {
        providerMessageId = await sender.send(alert);
      } catch (err) {
        if (err instanceof ProviderError && !err.temporary) {
          countDelivery(alert.channel, 'failed');
          const instead = await this.fallback.execute(alert);
          const reason = `${err.provider} ${err.status ?? ''} ${err.code ?? ''}: ${err.message}`.replace(/\s+/g, ' ');
          await this.report(alert, 'failed', undefined, instead ? `${reason}; ${instead}` : reason);
          throw new UnrecoverableError(err.message);
        }
        countDelivery(alert.channel, 'temporary_error');
        this.logger.warn(`${alert.alertId}: attempt ${job.attemptsMade + 1} failed: ${(err as Error).message}`);
        throw err;
      }
      countDelivery(alert.channel, 'sent');
      // Twilio has no idempotency key: a retry after a crash must know the SMS went. A LINE push is
      // safe to repeat (its retry key makes LINE show it once), so it skips this Redis write.
      if (alert.channel === 'sms') await job.updateData({ ...job.data, providerMessageId });
    }
    // Twilio reports sent/delivered/failed itself through the status callback; LINE has no callback.
    if (alert.channel === 'line') await this.report(alert, 'sent', providerMessageId);
  }

  private async report(alert: AlertRaised, status: AlertDelivery['status'], providerMessageId?: string, error?: string) {
    const event: AlertDelivery = {
      alertId: alert.alertId, incidentId: alert.incidentId, channel: alert.channel, status, providerMessageId, error,
      at: new Date().toISOString(),
    };
    await this.reports.add(event).catch((err) => {
      this.logger.warn(`${alert.alertId}: delivery status not recorded: ${(err as Error).message}`);
    });
  }

  async onModuleDestroy() {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
