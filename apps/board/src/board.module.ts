import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MessagingModule } from '@rescue/messaging';
import { PersistenceModule } from '@rescue/persistence';
import { HealthModule, Sealer } from '@rescue/platform';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { Sessions } from './auth/sessions';
import { BOARD_CONFIG, BoardConfig } from './config';
import { IncidentCommands } from './incidents/incident-commands';
import { IncidentQueries } from './incidents/incident-queries';
import { IncidentsController } from './incidents/incidents.controller';
import { OnCallController } from './oncall/oncall.controller';

@Module({})
export class BoardModule {
  static forRoot(config: BoardConfig): DynamicModule {
    return {
      module: BoardModule,
      imports: [
        PersistenceModule.forRoot(config.DATABASE_URL, 8),
        MessagingModule.forRoot({ servers: config.NATS_URL, name: 'board' }),
        HealthModule,
      ],
      controllers: [AuthController, IncidentsController, OnCallController],
      providers: [
        { provide: BOARD_CONFIG, useValue: config },
        { provide: Sealer, useValue: new Sealer(config.PII_ENCRYPTION_KEY) },
        { provide: APP_GUARD, useClass: AuthGuard },
        Sessions,
        IncidentQueries,
        IncidentCommands,
      ],
    };
  }
}
