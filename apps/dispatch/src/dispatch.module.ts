import { DynamicModule, Module } from '@nestjs/common';
import { MessagingModule } from '@rescue/messaging';
import { PersistenceModule } from '@rescue/persistence';
import { HealthModule } from '@rescue/platform';
import { AcknowledgeOnBehalf } from './commands/acknowledge-on-behalf';
import { EscalateNow } from './commands/escalate-now';
import { MergeIncident } from './commands/merge-incident';
import { ReassignRole } from './commands/reassign-role';
import { RedispatchIncident } from './commands/redispatch-incident';
import { ResolveIncident } from './commands/resolve-incident';
import { DISPATCH_CONFIG, DispatchConfig } from './config';
import { DeadlineAuditor } from './deadlines/deadline-auditor';
import { DeadlineScheduler } from './deadlines/deadline-scheduler';
import { DeadlineWorker } from './deadlines/deadline-worker';
import { ContactBook } from './directory/contact-book';
import { DirectoryService } from './directory/directory.service';
import { AdvanceChain } from './escalation/advance-chain';
import { AlertWriter } from './escalation/alert-writer';
import { IncidentReader } from './escalation/incident-reader';
import { ReplyCodes } from './escalation/reply-codes';
import { StartEscalation } from './escalation/start-escalation';
import { EventsController } from './events.controller';
import { AlertOutbox } from './outbox/alert-outbox';
import { RecordDelivery } from './outbox/record-delivery';
import { AcceptAlert } from './replies/accept-alert';
import { DeclineAlert } from './replies/decline-alert';
import { HandleReply } from './replies/handle-reply';
import { MarkArrived } from './replies/mark-arrived';
import { ReplyTarget } from './replies/reply-target';

@Module({})
export class DispatchModule {
  static forRoot(config: DispatchConfig): DynamicModule {
    return {
      module: DispatchModule,
      imports: [
        PersistenceModule.forRoot(config.DATABASE_URL, 20),
        MessagingModule.forRoot({ servers: config.NATS_URL, name: 'dispatch' }),
        HealthModule,
      ],
      controllers: [EventsController],
      providers: [
        { provide: DISPATCH_CONFIG, useValue: config },
        DirectoryService,
        ContactBook,
        IncidentReader,
        AlertWriter,
        ReplyCodes,
        AlertOutbox,
        RecordDelivery,
        DeadlineScheduler,
        DeadlineWorker,
        DeadlineAuditor,
        AdvanceChain,
        StartEscalation,
        ReplyTarget,
        AcceptAlert,
        DeclineAlert,
        MarkArrived,
        HandleReply,
        AcknowledgeOnBehalf,
        EscalateNow,
        ResolveIncident,
        ReassignRole,
        MergeIncident,
        RedispatchIncident,
      ],
    };
  }
}
