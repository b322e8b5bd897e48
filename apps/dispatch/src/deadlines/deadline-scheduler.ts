import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import DataLoader from 'dataloader';
import IORedis from 'ioredis';
import { deterministicId } from '@rescue/messaging';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { DeadlineTimers } from './deadline-timers';
import { redisConnection } from '@rescue/platform';

export const DEADLINES_QUEUE = 'deadlines';

/** Where a role chain stands when its deadline is set; the job only asks the database to move it. */
export interface DeadlinePosition {
  incidentId: string;
  role: string;
  step: number;
  fence: number;
}

/** What a deadline job carries: the position, and when it was due (for the lag metric). */
export interface DeadlineJob extends DeadlinePosition {
  /** Epoch ms; absent on jobs queued before it was carried. */
  dueAt?: number;
}

export function deadlineJobId(p: DeadlinePosition): string {
  return deterministicId('deadline', p.incidentId, p.role, p.step, p.fence);
}

/**
 * One BullMQ delayed job per pending step: the acknowledgement deadline. The deadlines set at the
 * same moment (an incident's roles start together) are added in one round trip (addBulk, batched by
 * DataLoader in the same event-loop turn).
 */
@Injectable()
export class DeadlineScheduler implements OnModuleDestroy {
  readonly queue: Queue<DeadlineJob>;
  private readonly redis: IORedis;
  private readonly adds = new DataLoader<{ p: DeadlinePosition; at: Date }, true>(
    async (deadlines) => {
      await this.queue.addBulk(
        deadlines.map(({ p, at }) => ({ name: 'deadline', data: { ...p, dueAt: at.getTime() }, opts: { jobId: deadlineJobId(p), delay: Math.max(0, at.getTime() - Date.now()) } })),
      );
      return deadlines.map(() => true as const);
    },
    { cache: false, maxBatchSize: 100, batchScheduleFn: (run) => setImmediate(run) },
  );

  constructor(
    @Inject(DISPATCH_CONFIG) config: DispatchConfig,
    private readonly timers: DeadlineTimers,
  ) {
    this.redis = redisConnection(config.REDIS_URL);
    this.queue = new Queue<DeadlineJob>(DEADLINES_QUEUE, {
      connection: this.redis,
      defaultJobOptions: {
        attempts: 10,
        backoff: { type: 'exponential', delay: 200 },
        removeOnComplete: { age: 3600 },
        removeOnFail: { age: 24 * 3600 },
      },
    });
  }

  /** Idempotent: BullMQ ignores an add whose job id exists. */
  async schedule(p: DeadlinePosition, at: Date): Promise<void> {
    await this.adds.load({ p, at });
    this.timers.arm(p, at);
  }

  /** An optimisation only: a job that still fires finds the fence rotated and does nothing. */
  async cancel(p: DeadlinePosition): Promise<void> {
    this.timers.disarm(p);
    await this.queue.remove(deadlineJobId(p)).catch(() => 0);
  }

  /**
   * Which of these deadlines have no job left to fire (none at all, or one that already finished),
   * asked in one pipelined round trip per thousand: the auditor asks it of every pending chain.
   */
  async lost(positions: DeadlinePosition[]): Promise<boolean[]> {
    const out: boolean[] = [];
    for (let i = 0; i < positions.length; i += 1000) {
      const pipeline = this.redis.pipeline();
      for (const p of positions.slice(i, i + 1000)) pipeline.hmget(this.queue.toKey(deadlineJobId(p)), 'timestamp', 'finishedOn');
      for (const [err, fields] of (await pipeline.exec()) ?? []) {
        if (err) throw err;
        const [timestamp, finishedOn] = fields as (string | null)[];
        out.push(!timestamp || !!finishedOn);
      }
    }
    return out;
  }

  async onModuleDestroy() {
    await this.queue.close();
  }
}
