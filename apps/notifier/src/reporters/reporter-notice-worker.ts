import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { ProviderError } from '@rescue/channels';
import { Reporter } from '@rescue/contracts';
import { Sealer } from '@rescue/platform';
import { NOTIFIER_CONFIG, NotifierConfig } from '../config';
import { SmsOptOuts } from '../opt-outs/sms-opt-outs';
import { LineSender } from '../providers/line-sender';
import { SmsSender } from '../providers/sms-sender';
import { REPORTER_NOTICE_QUEUE, ReporterNoticeJob, ReporterNoticeQueue } from './reporter-notice-queue';

/**
 * Sends queued notices to the public: a LINE push whose retry key derives from the notice id (a
 * retried push shows once), or an SMS recorded on the job once Twilio took it (never sent twice).
 * The contact is opened only here, and a number that sent STOP since is not texted.
 */
@Injectable()
export class ReporterNoticeWorker implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ReporterNoticeWorker.name);
  private worker?: Worker<ReporterNoticeJob>;

  constructor(
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
    @Inject(Sealer) private readonly sealer: Sealer,
    private readonly queue: ReporterNoticeQueue,
    private readonly optOuts: SmsOptOuts,
    private readonly sms: SmsSender,
    private readonly line: LineSender,
  ) {}

  onModuleInit() {
    this.worker = new Worker<ReporterNoticeJob>(REPORTER_NOTICE_QUEUE, (job) => this.deliver(job), {
      connection: this.queue.connection.duplicate(),
      concurrency: 8,
      limiter: { max: Math.max(1, Math.round(Math.min(this.config.SMS_RATE_PER_SECOND, this.config.LINE_RATE_PER_SECOND))), duration: 1000 },
    });
    this.worker.on('error', () => undefined);
  }

  private async deliver(job: Job<ReporterNoticeJob>) {
    const notice = job.data;
    if (notice.providerMessageId) return;
    const reporter = this.sealer.open<Reporter>(notice.reporterSealed);
    try {
      if (notice.channel === 'line') {
        if (!reporter.lineUserId) throw new UnrecoverableError('no LINE user id in the sealed reporter');
        await this.line.pushText(reporter.lineUserId, notice.text, notice.noticeId);
        return;
      }
      if (!reporter.phone) throw new UnrecoverableError('no phone in the sealed reporter');
      if (await this.optOuts.keyOptedOut(notice.reporterKey)) {
        this.logger.log(`${notice.noticeId}: the reporter sent STOP; not sent`);
        return;
      }
      const sid = await this.sms.sendText(reporter.phone, notice.text);
      await job.updateData({ ...notice, providerMessageId: sid });
    } catch (err) {
      if (err instanceof ProviderError && !err.temporary) {
        this.logger.warn(`${notice.noticeId}: ${notice.channel} refused for good: ${err.message}`);
        throw new UnrecoverableError(err.message);
      }
      this.logger.warn(`${notice.noticeId}: attempt ${job.attemptsMade + 1} failed: ${(err as Error).message}`);
      throw err;
    }
  }

  async onModuleDestroy() {
    await this.worker?.close();
  }
}
