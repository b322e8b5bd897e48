import { DynamicModule, Module } from '@nestjs/common';
import { MessagingModule } from '@rescue/messaging';
import { PersistenceModule } from '@rescue/persistence';
import { HealthAndMetricsModule, systemClockProvider } from '@rescue/platform';
import { AcknowledgeOnBehalf } from './commands/acknowledge-on-behalf';
import { EscalateNow } from './commands/escalate-now';
import { MergeIncident } from './commands/merge-incident';
import { ReassignRole } from './commands/reassign-role';
import { RedispatchIncident } from './commands/redispatch-incident';
import { ReopenIncident } from './commands/reopen-incident';
import { ResolveIncident } from './commands/resolve-incident';
import { StartDrill } from './commands/start-drill';
import { DISPATCH_CONFIG, DispatchConfig } from './config';
import { DeadlineAuditor } from './deadlines/deadline-auditor';
import { DeadlineScheduler } from './deadlines/deadline-scheduler';
import { dispatchMetrics } from './dispatch-metrics';
import { DeadlineTimers } from './deadlines/deadline-timers';
import { DeadlineWorker } from './deadlines/deadline-worker';
import { ContactBook } from './directory/contact-book';
import { CoverageGapReports } from './directory/coverage-gap-reports';
import { DirectoryService } from './directory/directory.service';
import { AdvanceChain } from './escalation/advance-chain';
import { AlertWriter } from './escalation/alert-writer';
import { IncidentReader } from './escalation/incident-reader';
import { ReplyCodes } from './escalation/reply-codes';
import { StartEscalation } from './escalation/start-escalation';
import { EventsController } from './events.controller';
import { DirectoryNoticeOutbox } from './handoffs/directory-notice-outbox';
import { HandoffNotices } from './handoffs/handoff-notices';
import { OnCallWatch } from './handoffs/oncall-watch';
import { AlertOutbox } from './outbox/alert-outbox';
import { RecordDelivery } from './outbox/record-delivery';
import { AcceptAlert } from './replies/accept-alert';
import { DeclineAlert } from './replies/decline-alert';
import { HandleReply } from './replies/handle-reply';
import { MarkArrived } from './replies/mark-arrived';
import { ReleaseAlert } from './replies/release-alert';
import { ReplyTarget } from './replies/reply-target';
import { ArrivalReminderWorker } from './reminders/arrival-reminder-worker';
import { ArrivalReminders } from './reminders/arrival-reminders';
import { SendArrivalReminder } from './reminders/send-arrival-reminder';
import { CommandPositions } from './commands/command-positions';
import { Renotify } from './commands/renotify';

@Module({})
export class DispatchModule {
  static forRoot(config: DispatchConfig): DynamicModule {
    return {
      module: DispatchModule,
      imports: [
        PersistenceModule.forRoot(config.DATABASE_URL, 20),
        MessagingModule.forRoot({ servers: config.NATS_URL, name: 'dispatch' }),
        HealthAndMetricsModule.serving(dispatchMetrics),
      ],
      controllers: [EventsController],
      providers: [
        { provide: DISPATCH_CONFIG, useValue: config },
        systemClockProvider,
        DirectoryService,
        ContactBook,
        IncidentReader,
        AlertWriter,
        ReplyCodes,
        AlertOutbox,
        RecordDelivery,
        DeadlineTimers,
        DeadlineScheduler,
        DeadlineWorker,
        DeadlineAuditor,
        AdvanceChain,
        StartEscalation,
        ReplyTarget,
        AcceptAlert,
        DeclineAlert,
        MarkArrived,
        ReleaseAlert,
        ArrivalReminders,
        SendArrivalReminder,
        ArrivalReminderWorker,
        CommandPositions,
        Renotify,
        HandleReply,
        AcknowledgeOnBehalf,
        EscalateNow,
        ResolveIncident,
        ReopenIncident,
        StartDrill,
        DirectoryNoticeOutbox,
        HandoffNotices,
        CoverageGapReports,
        OnCallWatch,
        ReassignRole,
        MergeIncident,
        RedispatchIncident,
      ],
    };
  }
}
