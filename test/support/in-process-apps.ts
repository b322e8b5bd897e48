import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { loadConfig, strictExpress } from '@rescue/platform';
import { BoardConfig } from '../../apps/board/src/config';
import { createBoardApp } from '../../apps/board/src/create-board-app';
import { IntakeConfig } from '../../apps/intake/src/config';
import { IntakeModule } from '../../apps/intake/src/intake.module';

/** The board as main builds it, in the test's process (not listening), for reading its routes. */
export const inProcessBoard = (env: NodeJS.ProcessEnv) => createBoardApp(loadConfig(BoardConfig, env), { logger: false });

/** Intake as main builds it, in the test's process. */
export const inProcessIntake = (env: NodeJS.ProcessEnv) =>
  NestFactory.create(IntakeModule.forRoot(loadConfig(IntakeConfig, env)), new ExpressAdapter(strictExpress()), { logger: false, rawBody: true });
