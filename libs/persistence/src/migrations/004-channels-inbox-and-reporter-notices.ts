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

-- Photos the public sent on LINE, fetched at once (LINE keeps content only for a while) and sealed
-- like reporter details: a picture can show a victim's face. The tip's text names the message id.
CREATE TABLE public_media (
  message_id text PRIMARY KEY,
  channel text NOT NULL,
  reporter_key text NOT NULL,
  content_type text NOT NULL,
  size_bytes int NOT NULL,
  content_sealed text NOT NULL,
  fetched_at timestamptz NOT NULL DEFAULT now()
);
`,
};
