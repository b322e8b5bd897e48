/**
 * Retention of reporter details: when a tip's reporter contact, pseudonym and photos were erased
 * (REPORTER_PII_RETENTION_DAYS after its incident closed, or at once on an admin's order). The tip's
 * text, timings and outcome stay for reports. The partial index finds the tips that still hold any.
 */
export const reporterRetention = {
  version: '015-reporter-retention',
  sql: /* sql */ `
ALTER TABLE tips ADD COLUMN reporter_erased_at timestamptz;
CREATE INDEX tips_reporter_held ON tips (incident_id) WHERE reporter_sealed IS NOT NULL OR reporter_key IS NOT NULL;
`,
};
