import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig, loadEnvFiles } from '@rescue/platform';
import { SandboxConfig } from './config';
import { createSandboxApp } from './create-sandbox-app';

async function bootstrap() {
  loadEnvFiles();
  const config = loadConfig(SandboxConfig);
  const app = await createSandboxApp(config);
  app.enableShutdownHooks();
  await app.listen(config.SANDBOX_PORT, config.SANDBOX_BIND_HOST);
  new Logger('Sandbox').log(`LINE and Twilio stand-in and phone simulator on http://127.0.0.1:${config.SANDBOX_PORT}; webhooks go to ${config.SANDBOX_INTAKE_URL}`);
}

bootstrap().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
