import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { CoverageGapReports } from '../directory/coverage-gap-reports';
import { DirectoryService } from '../directory/directory.service';
import { DirectoryNoticeOutbox } from './directory-notice-outbox';
import { HandoffNotices } from './handoff-notices';

/**
 * Runs the on-call scans (hand-off notices, coverage gaps) at start-up, every ONCALL_SCAN_INTERVAL_MS
 * and right after a directory edit, one scan at a time, then publishes what they wrote.
 */
@Injectable()
export class OnCallWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OnCallWatch.name);
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
    private readonly directory: DirectoryService,
    private readonly handoffs: HandoffNotices,
    private readonly gaps: CoverageGapReports,
    private readonly outbox: DirectoryNoticeOutbox,
  ) {}

  onApplicationBootstrap() {
    this.directory.onChange(() => void this.scan());
    this.timer = setInterval(() => void this.scan(), this.config.ONCALL_SCAN_INTERVAL_MS);
    void this.scan();
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  scan(): Promise<void> {
    this.running = this.running.then(async () => {
      if (this.stopped) return;
      for (const [what, step] of [
        ['hand-off notices', () => this.handoffs.execute()],
        ['coverage gaps', () => this.gaps.execute()],
        ['publishing on-call notices', () => this.outbox.flush()],
      ] as const) {
        // Each step on its own: NATS away must not stop the gaps from being found, nor the reverse.
        await step().catch((err: Error) => this.logger.warn(`${what} failed: ${err.message}`));
      }
    });
    return this.running;
  }
}
