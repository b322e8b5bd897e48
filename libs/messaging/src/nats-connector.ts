import { Logger } from '@nestjs/common';
import { connect, ConnectionOptions, DebugEvents, Events, NatsConnection, Status } from 'nats';
import { natsServerOptions } from './nats-server-options';

export interface NatsConnectorOptions {
  /** One URL or a list (`nats://host:4222`); a comma-separated string is split. */
  servers: string | string[];
  /** Connection name, shown by the NATS server (`nats server report connections`). */
  name: string;
  /** Wait between two connection attempts, initial or after a loss. Default 2 s. */
  reconnectWaitMs?: number;
}

/**
 * Owns one NATS connection. Keeps trying until the first connection succeeds (the nats client gives
 * up on a failed first attempt), then lets the client reconnect by itself forever. Knows at any time
 * whether the connection is usable, so callers can fail fast instead of buffering into a dead socket.
 */
export class NatsConnector {
  private connection?: NatsConnection;
  private live = false;
  private closed = false;
  private retryTimer?: NodeJS.Timeout;
  private failedAttempts = 0;
  private readonly waiters: { resolve: (nc: NatsConnection) => void; reject: (err: Error) => void }[] = [];
  private readonly listeners: ((status: Status) => void)[] = [];

  constructor(
    private readonly options: NatsConnectorOptions,
    private readonly logger: Logger,
  ) {}

  /** Makes the first attempt; on failure, retries in the background until `close()`. */
  async start(): Promise<void> {
    await this.attempt();
  }

  /** Resolves once connected (now or later); rejects if closed first. */
  connected(): Promise<NatsConnection> {
    if (this.connection) return Promise.resolve(this.connection);
    if (this.closed) return Promise.reject(new Error('NATS connector closed'));
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** The connection if it is up right now, otherwise undefined (never connected, or reconnecting). */
  usable(): NatsConnection | undefined {
    return this.live && this.connection && !this.connection.isClosed() ? this.connection : undefined;
  }

  /** The connection once it was opened, whatever its state now. */
  opened(): NatsConnection | undefined {
    return this.connection;
  }

  /** Called with every status event of the connection (disconnect, reconnect, error, ...). */
  onStatus(listener: (status: Status) => void): void {
    this.listeners.push(listener);
  }

  /** Stops retrying and drains the connection: pending publishes and acks are flushed first. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    for (const w of this.waiters.splice(0)) w.reject(new Error('NATS connector closed'));
    const nc = this.connection;
    this.live = false;
    if (!nc || nc.isClosed()) return;
    try {
      await nc.drain();
    } catch (err) {
      // Draining fails when the server is gone; closing is then all there is to do.
      this.logger.warn(`drain failed (${(err as Error).message}); closing`);
      await nc.close();
    }
  }

  private async attempt(): Promise<void> {
    if (this.closed) return;
    try {
      const nc = await connect(this.connectionOptions());
      if (this.closed) {
        await nc.close();
        return;
      }
      this.adopt(nc);
    } catch (err) {
      this.failedAttempts++;
      // Log the first failure and then every tenth, so a long outage does not flood the log.
      if (this.failedAttempts === 1 || this.failedAttempts % 10 === 0) {
        this.logger.warn(`cannot connect to NATS at ${natsServerOptions(this.options.servers).servers.join(',')} (attempt ${this.failedAttempts}): ${(err as Error).message}`);
      }
      this.retryTimer = setTimeout(() => void this.attempt(), this.reconnectWaitMs());
    }
  }

  private adopt(nc: NatsConnection): void {
    this.connection = nc;
    this.live = true;
    this.logger.log(`connected to NATS ${nc.getServer()} as ${this.options.name}`);
    for (const w of this.waiters.splice(0)) w.resolve(nc);
    void this.watch(nc);
    nc.closed().then((err) => {
      this.live = false;
      if (err) this.logger.error(`NATS connection closed: ${err.message}`);
    });
  }

  private async watch(nc: NatsConnection): Promise<void> {
    for await (const status of nc.status()) {
      if (status.type === Events.Disconnect) {
        this.live = false;
        this.logger.warn(`disconnected from NATS ${status.data}`);
      } else if (status.type === Events.Reconnect) {
        this.live = true;
        this.logger.log(`reconnected to NATS ${status.data}`);
      } else if (status.type === Events.Error) {
        this.logger.error(`NATS error: ${status.data}`);
      } else if (status.type === Events.LDM) {
        this.logger.warn('NATS server entering lame duck mode');
      } else if (status.type === DebugEvents.Reconnecting) {
        this.logger.debug?.(`reconnecting to NATS ${status.data}`);
      }
      for (const listener of this.listeners) listener(status);
    }
  }

  private connectionOptions(): ConnectionOptions {
    return {
      ...natsServerOptions(this.options.servers),
      name: this.options.name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: this.reconnectWaitMs(),
      reconnectJitter: 500,
      timeout: 5_000,
      // Every request (each JetStream publish and ack wait) would otherwise capture a stack trace for
      // its error; at tens of publishes per tip that was a measurable share of each service's CPU.
      noAsyncTraces: true,
    };
  }

  private reconnectWaitMs(): number {
    return this.options.reconnectWaitMs ?? 2_000;
  }
}

