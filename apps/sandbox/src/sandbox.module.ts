import { DynamicModule, Module } from '@nestjs/common';
import { HealthAndMetricsModule } from '@rescue/platform';
import { SANDBOX_CONFIG, SandboxConfig } from './config';
import { FaultInjector } from './faults/fault-injector';
import { FaultsController } from './faults/faults.controller';
import { LineApiController } from './line/line-api.controller';
import { LineProfiles } from './line/line-profiles';
import { MessageContents } from './line/message-contents';
import { ReplyTokens } from './line/reply-tokens';
import { RetryKeys } from './line/retry-keys';
import { InboundLog } from './messages/inbound-log';
import { MessageStore } from './messages/message-store';
import { MessagesController } from './messages/messages.controller';
import { PeopleDirectory } from './simulator/people-directory';
import { SimulatorController } from './simulator/simulator.controller';
import { StatusCallbacks } from './twilio/status-callbacks';
import { TwilioApiController } from './twilio/twilio-api.controller';
import { InboundSms } from './webhooks/inbound-sms';
import { IntakePoster } from './webhooks/intake-poster';
import { LineWebhook } from './webhooks/line-webhook';
import { WebhooksController } from './webhooks/webhooks.controller';

/** A local stand-in for the LINE Messaging API and Twilio's REST API; all state is in memory. */
@Module({})
export class SandboxModule {
  static forRoot(config: SandboxConfig): DynamicModule {
    return {
      module: SandboxModule,
      imports: [HealthAndMetricsModule],
      controllers: [TwilioApiController, LineApiController, MessagesController, FaultsController, WebhooksController, SimulatorController],
      providers: [
        { provide: SANDBOX_CONFIG, useValue: config },
        MessageStore,
        InboundLog,
        FaultInjector,
        StatusCallbacks,
        RetryKeys,
        ReplyTokens,
        LineProfiles,
        MessageContents,
        PeopleDirectory,
        IntakePoster,
        InboundSms,
        LineWebhook,
      ],
    };
  }
}
