import { Injectable, Logger, OnApplicationShutdown, OnModuleInit, Inject } from '@nestjs/common';
import { connect, NatsConnection } from 'nats';
import { natsServerOptions } from '@rescue/messaging';
import { BOARD_CONFIG, BoardConfig } from '../config';

/**
 * The board's own NATS connection for reading streams (the publisher's is for writing). The board
 * starts without NATS and connects when it can; until then the live stream asks browsers to retry.
 */
@Injectable()
export class BoardNats implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(BoardNats.name);
  private connection?: NatsConnection;
  private retry?: NodeJS.Timeout;
  private closed = false;

  constructor(@Inject(BOARD_CONFIG) private readonly config: BoardConfig) {}

  onModuleInit() {
    void this.attempt();
  }

  /** The connection, or undefined while NATS has not been reached yet. */
  current(): NatsConnection | undefined {
    return this.connection && !this.connection.isClosed() ? this.connection : undefined;
  }

  async onApplicationShutdown() {
    this.closed = true;
    clearTimeout(this.retry);
    await this.connection?.close();
  }

  private async attempt(): Promise<void> {
    try {
      const nc = await connect({
        ...natsServerOptions(this.config.NATS_URL),
        name: 'board-live',
        maxReconnectAttempts: -1,
        reconnectTimeWait: 2_000,
      });
      if (this.closed) return void (await nc.close());
      this.connection = nc;
    } catch (err) {
      this.logger.warn(`cannot reach NATS yet (${(err as Error).message}); live updates wait for it`);
      if (!this.closed) this.retry = setTimeout(() => void this.attempt(), 2_000);
    }
  }
}
