import { Histogram } from 'prom-client';
import { dispatchMetrics } from '../dispatch-metrics';

/**
 * How late a deadline moved its chain on, against the deadline PostgreSQL holds: the BullMQ job (after
 * a restart, on another replica, or rebuilt by the auditor after Redis lost its data) or the timer of
 * the replica that set it. A deadline that finds its chain already answered changes nothing and is not
 * timed. Every late second is a second nobody was paged.
 */
const lag = new Histogram({
  name: 'dispatch_deadline_lag_seconds',
  help: 'Seconds between a deadline and the escalation it caused, by what fired it (job or timer)',
  labelNames: ['fired_by'],
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
  registers: [dispatchMetrics],
});
for (const firedBy of ['job', 'timer']) lag.zero({ fired_by: firedBy });

export function observeDeadlineLag(firedBy: 'job' | 'timer', dueAt: number, now = Date.now()): void {
  lag.observe({ fired_by: firedBy }, Math.max(0, now - dueAt) / 1000);
}
