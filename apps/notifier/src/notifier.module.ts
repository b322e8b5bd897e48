import { DynamicModule, Module } from '@nestjs/common';
import { MessagingModule } from '@rescue/messaging';
import { PersistenceModule } from '@rescue/persistence';
import { HealthAndMetricsModule, Sealer, sealerFromConfig } from '@rescue/platform';
import { AlertsController } from './alerts.controller';
import { NOTIFIER_CONFIG, NotifierConfig } from './config';
import { DeliveryQueues } from './deliveries/delivery-queues';
import { DeliveryWorkers } from './deliveries/delivery-workers';
import { FallbackToSms } from './deliveries/fallback-to-sms';
import { StillWanted } from './deliveries/still-wanted';
import { IncidentsController } from './incidents.controller';
import { SmsOptOuts } from './opt-outs/sms-opt-outs';
import { LineSender } from './providers/line-sender';
import { PublicReporters } from './reporters/public-reporters';
import { ReporterNoticeQueue } from './reporters/reporter-notice-queue';
import { ReporterNoticeWorker } from './reporters/reporter-notice-worker';
import { TellReportersAccepted } from './reporters/tell-reporters-accepted';
import { SmsSender } from './providers/sms-sender';

@Module({})
export class NotifierModule {
  static forRoot(config: NotifierConfig): DynamicModule {
    return {
      module: NotifierModule,
      imports: [
        PersistenceModule.forRoot(config.DATABASE_URL, 4),
        MessagingModule.forRoot({ servers: config.NATS_URL, name: 'notifier' }),
        HealthAndMetricsModule,
      ],
      controllers: [AlertsController, IncidentsController],
      providers: [
        { provide: NOTIFIER_CONFIG, useValue: config },
        { provide: Sealer, useValue: sealerFromConfig(config) },
        DeliveryQueues,
        DeliveryWorkers,
        FallbackToSms,
        StillWanted,
        SmsSender,
        LineSender,
        SmsOptOuts,
        PublicReporters,
        ReporterNoticeQueue,
        ReporterNoticeWorker,
        TellReportersAccepted,
      ],
    };
  }
}
