import { Registry } from 'prom-client';

/** Intake's own metrics, served on INTAKE_HEALTH_PORT beside the process's. */
export const intakeMetrics = new Registry();
