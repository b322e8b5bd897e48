import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { MessagingModule } from '@rescue/messaging';
import { PersistenceModule } from '@rescue/persistence';
import { HealthModule, NoStoreInterceptor, OpenApiModule, PlainInputPipe, Sealer, sealerFromConfig, systemClockProvider } from '@rescue/platform';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { BOARD_API } from './board-api';
import { AuthGuard } from './auth/auth.guard';
import { LogIn } from './auth/log-in';
import { LoginThrottle } from './auth/login-throttle';
import { ChangePassword } from './auth/password/change-password';
import { ConfirmSecondFactor } from './auth/second-factor/confirm-second-factor';
import { RecoveryCodes } from './auth/second-factor/recovery-codes-store';
import { RenewRecoveryCodes } from './auth/second-factor/renew-recovery-codes';
import { SecondFactorController } from './auth/second-factor/second-factor.controller';
import { SecondFactors } from './auth/second-factor/second-factors';
import { SetUpSecondFactor } from './auth/second-factor/set-up-second-factor';
import { Sessions } from './auth/sessions';
import { BOARD_CONFIG, BoardConfig } from './config';
import { DeadLetteredTips } from './dead-letters/dead-lettered-tips';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { AddOverride } from './directory/add-override';
import { BoardDirectory } from './directory/board-directory';
import { CreateResponder } from './directory/create-responder';
import { DirectoryController } from './directory/directory.controller';
import { DrillReports } from './drills/drill-report';
import { DrillsController } from './drills/drills.controller';
import { StartDrill } from './drills/start-drill';
import { DirectoryEdit } from './directory/directory-edit';
import { IssueLinkCode } from './directory/issue-link-code';
import { RemoveOverride } from './directory/remove-override';
import { UpdateResponder } from './directory/update-responder';
import { BoardNats } from './events/board-nats';
import { EventAudience } from './events/event-audience';
import { EventsController } from './events/events.controller';
import { LiveEventFeed } from './events/live-event-feed';
import { IncidentCommands } from './incidents/incident-commands';
import { IncidentQueries } from './incidents/incident-queries';
import { IncidentsController } from './incidents/incidents.controller';
import { OverrideTriage } from './incidents/override-triage';
import { ResponderDirectory } from './incidents/responder-directory';
import { OnCallController } from './oncall/oncall.controller';
import { FileTip } from './tips/file-tip';
import { IntakeClient } from './tips/intake-client';
import { RevealReporter } from './tips/reveal-reporter';
import { ExportIncidents } from './reports/export-incidents';
import { PrintReport } from './reports/print-report';
import { SummarizeIncidents } from './reports/summarize-incidents';
import { ReportsController } from './reports/reports.controller';
import { EraseExpiredReporterDetails } from './retention/erase-expired-reporter-details';
import { EraseReporterOnRequest } from './retention/erase-reporter-on-request';
import { ReporterRetentionSchedule } from './retention/reporter-retention-schedule';
import { TipsController } from './tips/tips.controller';
import { CreateUser } from './users/create-user';
import { ResetSecondFactor } from './users/reset-second-factor';
import { SetUserActive } from './users/set-user-active';
import { SetUserPassword } from './users/set-user-password';
import { UsersController } from './users/users.controller';

@Module({})
export class BoardModule {
  static forRoot(config: BoardConfig): DynamicModule {
    return {
      module: BoardModule,
      imports: [
        PersistenceModule.forRoot(config.DATABASE_URL, 8),
        MessagingModule.forRoot({ servers: config.NATS_URL, name: 'board' }),
        HealthModule,
        OpenApiModule.forRoot(BOARD_API),
      ],
      controllers: [AuthController, SecondFactorController, AuditController, IncidentsController, TipsController, OnCallController, UsersController, EventsController, DirectoryController, DeadLettersController, ReportsController, DrillsController],
      providers: [
        { provide: BOARD_CONFIG, useValue: config },
        systemClockProvider,
        { provide: Sealer, useValue: sealerFromConfig(config) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: NoStoreInterceptor },
        { provide: APP_PIPE, useClass: PlainInputPipe },
        Sessions,
        LoginThrottle,
        LogIn,
        ChangePassword,
        SecondFactors,
        RecoveryCodes,
        SetUpSecondFactor,
        ConfirmSecondFactor,
        RenewRecoveryCodes,
        SetUserPassword,
        ResetSecondFactor,
        IncidentQueries,
        IncidentCommands,
        OverrideTriage,
        ResponderDirectory,
        FileTip,
        IntakeClient,
        RevealReporter,
        ExportIncidents,
        StartDrill,
        DrillReports,
        SummarizeIncidents,
        PrintReport,
        EraseReporterOnRequest,
        EraseExpiredReporterDetails,
        ReporterRetentionSchedule,
        CreateUser,
        SetUserActive,
        BoardNats,
        LiveEventFeed,
        EventAudience,
        BoardDirectory,
        DirectoryEdit,
        CreateResponder,
        UpdateResponder,
        AddOverride,
        RemoveOverride,
        IssueLinkCode,
        DeadLetteredTips,
      ],
    };
  }
}
