import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JetStreamServer } from './jetstream.server';

/**
 * Boots a service that consumes JetStream events and serves only /healthz, /readyz and /metrics.
 * The module is initialised first (directory loaded, connections open), so no event reaches a
 * handler whose dependencies are not ready. Signals are the caller's (runMain): `close()` stops it.
 */
export async function runEventService(module: DynamicModule, options: { name: string; natsUrl: string; streamReplicas: number; healthPort: number; healthHost: string }): Promise<INestApplication> {
  const app = await NestFactory.create(module);
  app.connectMicroservice({ strategy: new JetStreamServer({ servers: options.natsUrl, streamReplicas: options.streamReplicas, consumerPrefix: options.name }) });
  await app.init();
  await app.startAllMicroservices();
  await app.listen(options.healthPort, options.healthHost);
  return app;
}
