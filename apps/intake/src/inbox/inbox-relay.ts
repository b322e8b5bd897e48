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
 *
 * It polls every INTAKE_INBOX_RELAY_MS only while events wait: the KeepingPublisher wakes it when it
 * stores one. Otherwise it looks every INTAKE_INBOX_CHECK_MS (and at start-up), for rows a replica
 * that stopped left behind; a poll a second on an empty table was most of intake's idle cost.
 */
@Injectable()
export class InboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InboxRelay.name);
  private timer?: NodeJS.Timeout;
  private dueAt = 0;
  private running?: Promise<number>;
  private left = 0;
  /** An event was kept since the running pass began: the pass may not have seen it. */
  private woken = false;
  private stopped = false;

  constructor(
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
  ) {}

  onApplicationBootstrap() {
    this.schedule(0);
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** An event was kept: relay it as soon as NATS may be back, not at the next long check. */
  wake(): void {
    this.woken = true;
    if (!this.running && this.dueAt > Date.now() + this.config.INTAKE_INBOX_RELAY_MS) this.schedule(this.config.INTAKE_INBOX_RELAY_MS);
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.dueAt = Date.now() + ms;
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick() {
    if (this.running) return;
    this.woken = false;
    let failed = false;
    this.running = this.execute().catch((err) => {
      this.logger.warn(`inbox relay: ${(err as Error).message}`);
      failed = true;
      return 0;
    });
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
    const pending = failed || this.woken || this.left > 0;
    this.schedule(pending ? this.config.INTAKE_INBOX_RELAY_MS : this.config.INTAKE_INBOX_CHECK_MS);
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
    this.left = left;
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
