import { dispatchMetrics as register } from '../dispatch-metrics';
import { observeDeadlineLag } from './deadline-lag';

const series = async (suffix: string, firedBy: string, le?: number) =>
  (await register.getSingleMetric('dispatch_deadline_lag_seconds')!.get()).values.find(
    (v) => (v as { metricName?: string }).metricName === `dispatch_deadline_lag_seconds${suffix}` && v.labels.fired_by === firedBy && (le === undefined || v.labels.le === le),
  )?.value;

describe('dispatch_deadline_lag_seconds', () => {
  it('observes how late a deadline fired, in seconds, by what fired it; never less than zero', async () => {
    const due = Date.parse('2026-01-01T00:00:00Z');
    observeDeadlineLag('job', due, due + 3_000);
    observeDeadlineLag('timer', due, due - 5); // a timer a few ms early is on time
    expect(await series('_count', 'job')).toBe(1);
    expect(await series('_sum', 'job')).toBe(3);
    expect(await series('_bucket', 'job', 2.5)).toBe(0);
    expect(await series('_bucket', 'job', 5)).toBe(1);
    expect(await series('_sum', 'timer')).toBe(0);
  });
});
