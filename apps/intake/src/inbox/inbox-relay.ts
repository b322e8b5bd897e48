import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventSubject, JetStreamPublisher, MessagingUnavailableError } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { Gauge } from 'prom-client';
import { intakeMetrics } from '../intake-metrics';
import { INTAKE_CONFIG, IntakeConfig } from '../config';

const BATCH = 100;

/** Alert on this staying above zero: webhook events are waiting for NATS. */
const waiting = new Gauge({ name: 'intake_inbox_events', help: 'Webhook events in the PostgreSQL inbox, not yet relayed to JetStream', registers: [intakeMetrics] });

/**
 * Drains the inbox into JetStream once NATS is back: oldest first, each with its original msg id (so
 * an event that reached JetStream after all is deduplicated), each row deleted only after its PubAck.
 * Rows are locked with SKIP LOCKED, so several intake replicas relay without publishing twice at once.
 */
@Injectable()
export class InboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => void this.tick(), this.config.INTAKE_INBOX_RELAY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick() {
    if (this.running) return;
    this.running = this.execute().catch((err) => {
      this.logger.warn(`inbox relay: ${(err as Error).message}`);
      return 0;
    });
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  /** Relays what it can now; returns how many events reached JetStream. */
  async execute(): Promise<number> {
    let relayed = 0;
    let seen = 0;
    for (;;) {
      const batch = await this.relayBatch();
      relayed += batch.relayed;
      seen += batch.seen;
      if (!batch.more) break;
    }
    if (relayed) this.logger.log(`relayed ${relayed} kept event(s) to JetStream`);
    const left = seen === 0 ? 0 : Number((await this.db.one<{ n: string }>('SELECT count(*) AS n FROM intake_inbox'))?.n ?? 0);
    waiting.set(left);
    return relayed;
  }

  private relayBatch(): Promise<{ relayed: number; seen: number; more: boolean }> {
    return this.db.tx(async (client) => {
      const { rows } = await client.query<{ seq: string; msg_id: string; subject: string; payload: unknown }>(
        'SELECT seq, msg_id, subject, payload FROM intake_inbox ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED',
        [BATCH],
      );
      const done: string[] = [];
      let blocked = false;
      for (const row of rows) {
        try {
          await this.publisher.publish(row.subject as EventSubject, row.payload as never, row.msg_id);
          done.push(row.seq);
        } catch (err) {
          if (err instanceof MessagingUnavailableError) {
            blocked = true;
            break;
          }
          // Stored after validation, so this is a contract change since: keep it for a person to look at.
          this.logger.error(`inbox event ${row.subject} ${row.msg_id} cannot be published: ${(err as Error).message}`);
        }
      }
      if (done.length) await client.query('DELETE FROM intake_inbox WHERE seq = ANY($1::bigint[])', [done]);
      return { relayed: done.length, seen: rows.length, more: !blocked && done.length === BATCH };
    });
  }
}
