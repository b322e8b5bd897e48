import { DynamicModule, Module, OnApplicationShutdown, OnModuleInit, Inject, Injectable } from '@nestjs/common';
import { JetStreamPublisher, JetStreamPublisherOptions } from './jetstream.publisher';

export type MessagingModuleOptions = JetStreamPublisherOptions;

/** Opens the publisher's connection with the app and drains it when the app shuts down. */
@Injectable()
class PublisherLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(JetStreamPublisher) private readonly publisher: JetStreamPublisher) {}

  async onModuleInit(): Promise<void> {
    // Does not wait for NATS: the app starts, answers 503 while NATS is away, and connects when it is back.
    await this.publisher.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.close();
  }
}

/**
 * `MessagingModule.forRoot({ servers, name })` provides `JetStreamPublisher` to the whole app
 * (consuming is the job of `JetStreamServer`, connected as a microservice).
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [{ provide: JetStreamPublisher, useFactory: () => new JetStreamPublisher(options) }, PublisherLifecycle],
      exports: [JetStreamPublisher],
    };
  }
}
