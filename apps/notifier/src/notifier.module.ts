import { DynamicModule, Module } from '@nestjs/common';
import { MessagingModule } from '@rescue/messaging';
import { PersistenceModule } from '@rescue/persistence';
import { HealthModule } from '@rescue/platform';
import { AlertsController } from './alerts.controller';
import { NOTIFIER_CONFIG, NotifierConfig } from './config';
import { DeliveryQueues } from './deliveries/delivery-queues';
import { DeliveryWorkers } from './deliveries/delivery-workers';
import { FallbackToSms } from './deliveries/fallback-to-sms';
import { StillWanted } from './deliveries/still-wanted';
import { LineSender } from './providers/line-sender';
import { SmsSender } from './providers/sms-sender';

@Module({})
export class NotifierModule {
  static forRoot(config: NotifierConfig): DynamicModule {
    return {
      module: NotifierModule,
      imports: [
        PersistenceModule.forRoot(config.DATABASE_URL, 4),
        MessagingModule.forRoot({ servers: config.NATS_URL, name: 'notifier' }),
        HealthModule,
      ],
      controllers: [AlertsController],
      providers: [{ provide: NOTIFIER_CONFIG, useValue: config }, DeliveryQueues, DeliveryWorkers, FallbackToSms, StillWanted, SmsSender, LineSender],
    };
  }
}
