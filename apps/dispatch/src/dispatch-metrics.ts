import { Registry } from 'prom-client';

/** Dispatch's own metrics, served on DISPATCH_HEALTH_PORT beside the process's. */
export const dispatchMetrics = new Registry();
