export const channelsInboxAndReporterNotices = {
  version: '004-channels-inbox-and-reporter-notices',
  sql: /* sql */ `
-- Provider webhooks (LINE, Twilio) that arrived while NATS was down: kept here, exactly as they would
-- have been published (reporter details sealed), and relayed to JetStream with the same Nats-Msg-Id
-- once NATS is back. A row is deleted only after JetStream acknowledged it.
CREATE TABLE intake_inbox (
  seq bigserial PRIMARY KEY,
  msg_id text NOT NULL UNIQUE,
  subject text NOT NULL,
  payload jsonb NOT NULL,
  kept_at timestamptz NOT NULL DEFAULT now()
);

-- Messages to members of the public about their case ("a team is responding"), one per reporter and
-- kind, so a redelivered event never tells them twice.
CREATE TABLE reporter_notices (
  id text PRIMARY KEY,
  incident_id text NOT NULL,
  kind text NOT NULL,
  channel text NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reporter_notices_incident ON reporter_notices (incident_id);
`,
};
