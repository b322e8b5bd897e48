import { Injectable, OnModuleInit } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';
import { z } from 'zod';

/**
 * How often the event-loop delay monitor behind `nodejs_eventloop_lag_*` wakes. prom-client's 10 ms
 * woke every idle process 100 times a second, most of the system's idle CPU (bench:idle). The
 * figures include one resolution (an idle loop reads about this much): a stall shorter than it is
 * seen only in part, a longer one always.
 */
export const MetricsConfig = z.object({ METRICS_EVENT_LOOP_RESOLUTION_MS: z.coerce.number().int().min(1).default(100) });

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
