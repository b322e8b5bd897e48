import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import { deterministicId } from '@rescue/messaging';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { redisConnection } from '@rescue/platform';

export const REMINDERS_QUEUE = 'arrival-reminders';

/** An accept, by its fence: a later accept of the same role (after a hand-back) has its own reminder. */
export interface AcceptedRole {
  incidentId: string;
  role: string;
  fence: number;
}

/**
 * Acknowledgement reminders: when the responder who accepted a role has not said "arrived" after
 * ARRIVAL_REMINDER_MINUTES (scaled like every escalation wait), they are asked whether they are there
 * or need to hand the case back, and the board's timeline shows the overdue arrival.
 */
@Injectable()
export class ArrivalReminders implements OnModuleDestroy {
  readonly queue: Queue<AcceptedRole>;

  constructor(@Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig) {
    this.queue = new Queue<AcceptedRole>(REMINDERS_QUEUE, {
      connection: redisConnection(config.REDIS_URL),
      defaultJobOptions: {
        attempts: 10,
        backoff: { type: 'exponential', delay: 500 },
        removeOnComplete: { age: 24 * 3600 },
        removeOnFail: { age: 24 * 3600 },
      },
    });
  }

  /** Idempotent (the job id is the accept); `acceptedAt` lets the auditor rebuild it after Redis lost it. */
  async schedule(accepted: AcceptedRole, acceptedAt: Date): Promise<void> {
    const dueAt = acceptedAt.getTime() + this.config.ARRIVAL_REMINDER_MINUTES * 60_000 * this.config.ESCALATION_TIME_SCALE;
    await this.queue.add('arrival-reminder', accepted, {
      jobId: deterministicId('arrival-reminder', accepted.incidentId, accepted.role, accepted.fence),
      delay: Math.max(0, dueAt - Date.now()),
    });
  }

  async onModuleDestroy() {
    await this.queue.close();
  }
}
