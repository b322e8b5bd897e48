import { DynamicModule, Module } from '@nestjs/common';
import { MessagingModule } from '@rescue/messaging';
import { PersistenceModule } from '@rescue/persistence';
import { HealthAndMetricsModule } from '@rescue/platform';
import { TriageConfig } from './config';
import { TipsController } from './tips.controller';
import { SplitTip } from './incidents/split-tip';
import { CORRELATION_WINDOW, TriageTip } from './triage-tip';

@Module({})
export class TriageModule {
  static forRoot(config: TriageConfig): DynamicModule {
    return {
      module: TriageModule,
      imports: [
        PersistenceModule.forRoot(config.DATABASE_URL, 4),
        MessagingModule.forRoot({ servers: config.NATS_URL, name: 'triage' }),
        HealthAndMetricsModule,
      ],
      controllers: [TipsController],
      providers: [TriageTip, SplitTip, { provide: CORRELATION_WINDOW, useValue: config.CORRELATION_WINDOW_MINUTES }],
    };
  }
}
