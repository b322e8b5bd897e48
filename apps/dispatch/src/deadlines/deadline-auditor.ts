import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import IORedis from 'ioredis';
import { Counter, Gauge } from 'prom-client';
import { dispatchMetrics } from '../dispatch-metrics';
import { Database } from '@rescue/persistence';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { AdvanceChain } from '../escalation/advance-chain';
import { AlertOutbox } from '../outbox/alert-outbox';
import { ArrivalReminders } from '../reminders/arrival-reminders';
import { DeadlineScheduler } from './deadline-scheduler';
import { redisConnection } from '@rescue/platform';

const SENTINEL = 'dispatch:sentinel';
const missingDeadlines = new Gauge({ name: 'dispatch_missing_deadlines', help: 'Open role chains found without a deadline job at the last audit', registers: [dispatchMetrics] });
const redisDataLost = new Counter({
  name: 'dispatch_redis_data_lost_total',
  help: 'Times the Redis sentinel key vanished (Redis flushed or restarted empty) and deadlines were rebuilt',
  registers: [dispatchMetrics],
});

/**
 * PostgreSQL is the record; Redis may lose everything (AOF keeps it across a restart, not across a flush
 * or a lost volume). At start-up,
 * every DEADLINE_AUDIT_INTERVAL_MS, and at once when a sentinel key vanishes from Redis, this rebuilds
 * the deadline job of every pending role chain, starts chains that never started and flushes alerts
 * left in the outbox by a crash.
 */
@Injectable()
export class DeadlineAuditor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeadlineAuditor.name);
  private readonly redis: IORedis;
  private timers: NodeJS.Timeout[] = [];
  private running?: Promise<void>;
  /** Whether this process has seen the sentinel in Redis: a first check that sets it is a new Redis, not a loss. */
  private sentinelSeen = false;

  constructor(
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
    @Inject(Database) private readonly db: Database,
    private readonly scheduler: DeadlineScheduler,
    private readonly advance: AdvanceChain,
    private readonly outbox: AlertOutbox,
    private readonly reminders: ArrivalReminders,
  ) {
    this.redis = redisConnection(config.REDIS_URL);
    this.redis.on('error', () => undefined);
  }

  async onApplicationBootstrap() {
    await this.reconcile('start-up');
    this.timers.push(setInterval(() => void this.reconcile('audit'), this.config.DEADLINE_AUDIT_INTERVAL_MS));
    this.timers.push(setInterval(() => void this.checkSentinel(), this.config.REDIS_SENTINEL_INTERVAL_MS));
  }

  /** Runs one pass at a time; a caller during a pass waits for it. */
  reconcile(reason: string): Promise<void> {
    this.running ??= this.pass(reason).finally(() => (this.running = undefined));
    return this.running;
  }

  private async checkSentinel() {
    try {
      const vanished = await this.redis.set(SENTINEL, '1', 'NX');
      if (vanished && this.sentinelSeen) redisDataLost.inc();
      this.sentinelSeen = true;
      if (vanished) await this.reconcile('redis lost its data');
    } catch {
      // Redis is down: BullMQ reconnects by itself, and the next check after it is back rebuilds.
    }
  }

  private async pass(reason: string) {
    const began = Date.now();
    try {
      const rows = await this.db.query<{ incident_id: string; role: string; step: number; fence: number; deadline_at: Date | null }>(
        `SELECT r.incident_id, r.role, r.step, r.fence, r.deadline_at
           FROM incident_roles r JOIN incidents i ON i.id = r.incident_id
          WHERE r.state = 'pending' AND i.state IN ('triggered', 'acknowledged')`,
      );
      // Lost deadlines first and several at a time: after Redis lost its data every pending chain is
      // here, and one by one on a busy machine the last of them was rebuilt tens of seconds late.
      const started = rows.filter((r) => r.step > 0 && r.deadline_at);
      const unstarted = rows.filter((r) => !(r.step > 0 && r.deadline_at));
      const positions = started.map((r) => ({ incidentId: r.incident_id, role: r.role, step: r.step, fence: r.fence }));
      const lost = await this.scheduler.lost(positions);
      const rebuild = started.map((r, i) => ({ r, position: positions[i] })).filter((_, i) => lost[i]);
      const missing = rebuild.length;
      await eachLimited(rebuild, 16, async ({ r, position }) => {
        // A finished job keeps its id for a while: removed, so the new one is not ignored as a duplicate.
        await this.scheduler.cancel(position);
        await this.scheduler.schedule(position, r.deadline_at!);
      });
      await eachLimited(unstarted, 4, (r) =>
        this.advance.execute(r.incident_id, r.role, { step: r.step, fence: r.fence }, 'start').then(() => undefined),
      );
      // Arrival reminders too (idempotent: an existing job is kept, a sent reminder is never sent twice).
      const awaitingArrival = await this.db.query<{ incident_id: string; role: string; fence: number; accepted_at: Date }>(
        `SELECT r.incident_id, r.role, r.fence, r.accepted_at FROM incident_roles r JOIN incidents i ON i.id = r.incident_id
          WHERE r.state = 'accepted' AND r.arrived_at IS NULL AND r.accepted_at IS NOT NULL AND i.state IN ('triggered', 'acknowledged')`,
      );
      await eachLimited(awaitingArrival, 16, (r) =>
        this.reminders.schedule({ incidentId: r.incident_id, role: r.role, fence: r.fence }, r.accepted_at),
      );
      const stale = await this.db.query<{ incident_id: string }>(
        `SELECT DISTINCT incident_id FROM alerts WHERE published_at IS NULL AND created_at < now() - interval '2 seconds'`,
      );
      for (const s of stale) await this.outbox.flush(s.incident_id);
      missingDeadlines.set(missing);
      if (missing || reason !== 'audit') {
        this.logger.log(
          `${reason}: ${rows.length} pending role chains, ${missing} deadline jobs rebuilt, ${stale.length} outboxes flushed (${Date.now() - began} ms)`,
        );
      }
    } catch (err) {
      this.logger.error(`${reason} failed: ${(err as Error).message}`);
    }
  }

  async onModuleDestroy() {
    this.timers.forEach(clearInterval);
    await this.running;
    this.redis.disconnect();
  }
}

/** Runs `work` over `items`, at most `size` at once. */
async function eachLimited<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, lane));
}
