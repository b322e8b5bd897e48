import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { DeadlinePosition, deadlineJobId } from './deadline-scheduler';

/**
 * In-process timers beside the BullMQ deadline jobs, for precision: BullMQ promotes a delayed job
 * tens of milliseconds late (up to about 100 ms here, measured, when jobs are added every few ms),
 * while a step that is due should be paged at once. The replica that set a deadline also arms a
 * timer for it; whichever fires first asks the database to move the chain, the other finds the fence
 * rotated and does nothing. The BullMQ job stays the durable record (a restart, another replica,
 * Redis rebuilt by the auditor).
 */
@Injectable()
export class DeadlineTimers implements OnModuleDestroy {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private fire?: (p: DeadlinePosition, dueAt: number) => void;

  /** Only a running deadline worker fires deadlines; without one, nothing is armed. */
  onFire(fire: (p: DeadlinePosition, dueAt: number) => void): void {
    this.fire = fire;
  }

  arm(p: DeadlinePosition, at: Date): void {
    const fire = this.fire;
    if (!fire) return;
    const id = deadlineJobId(p);
    clearTimeout(this.timers.get(id));
    const timer = setTimeout(() => {
      this.timers.delete(id);
      fire(p, at.getTime());
    }, Math.max(0, at.getTime() - Date.now()));
    timer.unref();
    this.timers.set(id, timer);
  }

  disarm(p: DeadlinePosition): void {
    const id = deadlineJobId(p);
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
  }

  onModuleDestroy() {
    this.timers.forEach(clearTimeout);
    this.timers.clear();
  }
}
