import { Injectable, OnModuleInit } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';
import { z } from 'zod';

/**
 * How often the event-loop delay monitor behind `nodejs_eventloop_lag_*` wakes. prom-client's 10 ms
 * woke every idle process 100 times a second, most of the system's idle CPU; 100 ms still cost 0.8%
 * of a core for the six (bench:idle). The figures include one resolution (an idle loop reads about
 * this much): a stall longer than it is always seen, a shorter one only when it overlaps a wake-up.
 * `nodejs_eventloop_lag_seconds`, measured at each scrape, does not depend on it.
 */
export const MetricsConfig = z.object({ METRICS_EVENT_LOOP_RESOLUTION_MS: z.coerce.number().int().min(1).default(1000) });

/** The process's default metrics (CPU, memory, event loop), started once the environment is loaded. */
@Injectable()
export class DefaultMetrics implements OnModuleInit {
  onModuleInit() {
    // One registry per process: an app that builds its module twice (tests) registers them once.
    if (register.getSingleMetric('process_cpu_user_seconds_total')) return;
    const { METRICS_EVENT_LOOP_RESOLUTION_MS } = MetricsConfig.parse(process.env);
    collectDefaultMetrics({ eventLoopMonitoringPrecision: METRICS_EVENT_LOOP_RESOLUTION_MS });
  }
}
