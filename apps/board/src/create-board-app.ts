import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, NestExpressApplication } from '@nestjs/platform-express';
import { dirname, resolve } from 'node:path';
import { strictExpress } from '@rescue/platform';
import { BoardModule } from './board.module';
import { BoardConfig } from './config';
import { consoleHeaders } from './console/console-headers';

/** The board app, ready to listen: used by main and by tests that walk its routes in-process. */
export async function createBoardApp(config: BoardConfig, options: { logger?: LogLevel[] | false } = {}): Promise<NestExpressApplication> {
  const express = strictExpress();
  express.set('trust proxy', trustProxy(config.BOARD_TRUST_PROXY));
  const app = await NestFactory.create<NestExpressApplication>(BoardModule.forRoot(config), new ExpressAdapter(express), {
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
  });
  app.use(consoleHeaders);
  // The console is static files (HTML, ES modules, CSS) served from the source tree: no build step, no CDN.
  app.useStaticAssets(resolve(process.cwd(), config.BOARD_CONSOLE_DIR), { index: 'index.html', maxAge: '5m' });
  // The reports page's charts: Chart.js from the installed package (no CDN, same origin as the CSP asks).
  app.useStaticAssets(dirname(require.resolve('chart.js')), { prefix: '/vendor/chart.js/', maxAge: '1d' });
  return app;
}

/** `BOARD_TRUST_PROXY` as Express takes it: a hop count, true/false, or addresses and subnets. */
function trustProxy(value: string): boolean | number | string {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}
