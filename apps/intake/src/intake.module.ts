import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { MessagingModule } from '@rescue/messaging';
import { Database, PersistenceModule } from '@rescue/persistence';
import { HealthModule, OpenApiModule, READINESS_CHECKS, Sealer, sealerFromConfig } from '@rescue/platform';
import { INTAKE_CONFIG, IntakeConfig } from './config';
import { INTAKE_API } from './intake-api';
import { MessagingUnavailableFilter } from './messaging-unavailable.filter';
import { OperatorKeyGuard } from './auth/operator-key.guard';
import { AutoReplyAllowance } from './auto-replies/auto-reply-allowance';
import { InboxRelay } from './inbox/inbox-relay';
import { KeepingPublisher } from './inbox/keeping-publisher';
import { HandleLineEvent } from './line/handle-line-event';
import { LineEventsController } from './line/line-events.controller';
import { LineEventsHandled } from './line/line-events-handled';
import { LineProfileLanguage } from './line/line-profile-language';
import { LineReplier } from './line/line-replier';
import { SaveLineMedia } from './line/save-line-media';
import { LineSignatureGuard } from './line/line-signature.guard';
import { LineWebhookController } from './line/line-webhook.controller';
import { StoreLineEvents } from './line/store-line-events';
import { PublishResponderReply } from './replies/publish-responder-reply';
import { ReceivePublicTip } from './reports/receive-public-tip';
import { ReportThread } from './reports/report-thread';
import { AnswerLinkRequest } from './responders/answer-link-request';
import { AnswerResponder } from './responders/answer-responder';
import { AnswerUnregisteredReply } from './responders/answer-unregistered-reply';
import { OpenReplyCodes } from './responders/open-reply-codes';
import { LinkResponder } from './responders/link-responder';
import { TellOfRelink } from './responders/tell-of-relink';
import { LinkedResponders } from './responders/linked-responders';
import { SmsOptOuts } from './sms/sms-opt-outs';
import { ClaimIdempotencyKey } from './tips/claim-idempotency-key';
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
        OpenApiModule.forRoot(INTAKE_API),
      ],
      controllers: [TipsController, TwilioWebhookController, LineWebhookController, LineEventsController],
      providers: [
        { provide: INTAKE_CONFIG, useValue: config },
        { provide: Sealer, useValue: sealerFromConfig(config) },
        { provide: APP_FILTER, useClass: MessagingUnavailableFilter },
        {
          provide: READINESS_CHECKS,
          inject: [Database],
          useFactory: (db: Database) => [{ name: 'postgres', check: () => db.query('SELECT 1').then(() => undefined) }],
        },
        OperatorKeyGuard,
        TwilioSignatureGuard,
        LineSignatureGuard,
        KeepingPublisher,
        InboxRelay,
        SubmitTip,
        ClaimIdempotencyKey,
        HandleInboundSms,
        RecordDeliveryStatus,
        StoreLineEvents,
        HandleLineEvent,
        LineEventsHandled,
        LineReplier,
        LineProfileLanguage,
        SaveLineMedia,
        LinkedResponders,
        LinkResponder,
        TellOfRelink,
        AnswerLinkRequest,
        AnswerResponder,
        AnswerUnregisteredReply,
        OpenReplyCodes,
        PublishResponderReply,
        AutoReplyAllowance,
        ReportThread,
        ReceivePublicTip,
        SmsOptOuts,
      ],
    };
  }
}
