import { register, Registry } from 'prom-client';

// Process metrics (CPU, memory, event loop) are registered once per process by DefaultMetrics, in
// prom-client's default registry, at the resolution METRICS_EVENT_LOOP_RESOLUTION_MS sets.

/**
 * An app's own metrics live in a registry of its own, not in the default one: when every app runs in
 * one process (RUN_MODE=single), each /metrics still shows only its app's names, so no series is
 * scraped five times.
 */
export const APP_METRICS = Symbol('APP_METRICS');

export const METRICS_CONTENT_TYPE = register.contentType;

/** What an app's /metrics serves: the process's metrics and the app's own (if it has any). */
export function metricsText(app?: Registry): Promise<string> {
  return (app ? Registry.merge([register, app]) : register).metrics();
}
