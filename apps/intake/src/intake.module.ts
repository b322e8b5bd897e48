import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { MessagingModule } from '@rescue/messaging';
import { Database, PersistenceModule } from '@rescue/persistence';
import { HealthModule, READINESS_CHECKS, Sealer } from '@rescue/platform';
import { INTAKE_CONFIG, IntakeConfig } from './config';
import { MessagingUnavailableFilter } from './messaging-unavailable.filter';
import { OperatorKeyGuard } from './auth/operator-key.guard';
import { SubmitTip } from './tips/submit-tip';
import { TipsController } from './tips/tips.controller';
import { HandleInboundSms } from './webhooks/handle-inbound-sms';
import { RecordDeliveryStatus } from './webhooks/record-delivery-status';
import { TwilioSignatureGuard } from './webhooks/twilio-signature.guard';
import { TwilioWebhookController } from './webhooks/twilio.controller';

@Module({})
export class IntakeModule {
  static forRoot(config: IntakeConfig): DynamicModule {
    return {
      module: IntakeModule,
      imports: [
        PersistenceModule.forRoot(config.DATABASE_URL, 4),
        MessagingModule.forRoot({ servers: config.NATS_URL, name: 'intake' }),
        HealthModule,
      ],
      controllers: [TipsController, TwilioWebhookController],
      providers: [
        { provide: INTAKE_CONFIG, useValue: config },
        { provide: Sealer, useValue: new Sealer(config.PII_ENCRYPTION_KEY) },
        { provide: APP_FILTER, useClass: MessagingUnavailableFilter },
        {
          provide: READINESS_CHECKS,
          inject: [Database],
          useFactory: (db: Database) => [{ name: 'postgres', check: () => db.query('SELECT 1').then(() => undefined) }],
        },
        OperatorKeyGuard,
        TwilioSignatureGuard,
        SubmitTip,
        HandleInboundSms,
        RecordDeliveryStatus,
      ],
    };
  }
}
