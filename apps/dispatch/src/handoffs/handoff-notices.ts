import { Inject, Injectable, Logger } from '@nestjs/common';
import { handoffNoticeText } from '@rescue/channels';
import { handoffsBetween } from '@rescue/domain';
import { deterministicId } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { Clock } from '@rescue/platform';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { ContactBook } from '../directory/contact-book';
import { DirectoryService } from '../directory/directory.service';
import { DirectoryNotice, DirectoryNoticeOutbox } from './directory-notice-outbox';

/**
 * Tells each incoming responder, HANDOFF_NOTICE_LEAD_MINUTES (scaled like every wait) before their
 * shift, that they are on call: once per shift, whatever the number of replicas, scans and restarts
 * (the notice's id is the shift's: schedule, responder and start). A shift that began since the last
 * scan (a cover added for now, a replica that was down) is still told, late rather than never.
 */
@Injectable()
export class HandoffNotices {
  private readonly logger = new Logger(HandoffNotices.name);

  constructor(
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
    @Inject(Database) private readonly db: Database,
    private readonly directory: DirectoryService,
    private readonly contacts: ContactBook,
    private readonly outbox: DirectoryNoticeOutbox,
    private readonly clock: Clock,
  ) {}

  async execute(now = this.clock.now()): Promise<number> {
    const dir = this.directory.directory;
    const lead = this.config.HANDOFF_NOTICE_LEAD_MINUTES * 60_000 * this.config.ESCALATION_TIME_SCALE;
    const from = new Date(now.getTime() - this.config.ONCALL_SCAN_INTERVAL_MS);
    const due = handoffsBetween(dir, from, new Date(now.getTime() + lead + 1));
    if (!due.length) return 0;
    const people = await this.contacts.current([...new Set(due.map((h) => h.responderId))].flatMap((id) => this.directory.responder(id) ?? []));
    const current = new Map(people.map((r) => [r.id, r]));
    const notices: DirectoryNotice[] = due.flatMap((h) => {
      const responder = current.get(h.responderId);
      if (!responder) return [];
      return [{
        id: deterministicId('handoff', h.scheduleId, h.responderId, h.start.getTime()),
        kind: 'handoff' as const,
        responder,
        role: h.role,
        district: h.districts[0] ?? '*',
        text: handoffNoticeText(responder.languages[0], h),
      }];
    });
    const written = await this.db.tx((client) => this.outbox.write(client, notices));
    if (written) this.logger.log(`${written} hand-off notice(s) to send`);
    return written;
  }
}
