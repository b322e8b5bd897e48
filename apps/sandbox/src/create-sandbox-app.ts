import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SandboxConfig } from './config';
import { SandboxModule } from './sandbox.module';

/** The sandbox app, ready to listen: used by main and by tests that run it in-process. */
export async function createSandboxApp(config: SandboxConfig, options: { logger?: LogLevel[] | false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(SandboxModule.forRoot(config), {
    bodyParser: false,
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
  });
  // LINE sends JSON, Twilio's SDK sends forms; both well under a megabyte.
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '1mb', extended: false });
  // Nothing here is cached by a browser; hashing every answer for an ETag was CPU the system under
  // benchmark then lacked.
  app.set('etag', false);
  app.disable('x-powered-by');
  return app;
}
