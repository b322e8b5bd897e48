export const intakePublicChannels = {
  version: '003-intake-public-channels',
  sql: /* sql */ `
-- One-time codes an admin hands a responder, who sends "LINK <code>" by LINE or SMS to bind that
-- account or phone to their directory entry. Only a hash is kept: the code is a credential.
CREATE TABLE responder_link_codes (
  code_hash text PRIMARY KEY,
  responder_id text NOT NULL REFERENCES responders (id),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_channel text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX responder_link_codes_responder ON responder_link_codes (responder_id);

-- The conversation a member of the public is having with us (LINE user or phone, by pseudonym):
-- messages within a short window share one case reference, the one their receipt quoted.
CREATE TABLE public_report_threads (
  reporter_key text PRIMARY KEY,
  reference text NOT NULL,
  language text,
  started_at timestamptz NOT NULL,
  last_message_at timestamptz NOT NULL,
  last_receipt_at timestamptz
);

-- Phones that sent STOP (by pseudonym): no automatic replies until they send START.
CREATE TABLE sms_opt_outs (
  phone_key text PRIMARY KEY,
  opted_out_at timestamptz NOT NULL DEFAULT now()
);

-- Automatic replies (help texts) per sender, so a sender who keeps sending nonsense is answered
-- only a few times an hour.
CREATE TABLE auto_replies (
  sender_key text NOT NULL,
  kind text NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auto_replies_sender ON auto_replies (sender_key, kind, sent_at);

-- LINE webhook events already handled: LINE redelivers for longer than the JetStream duplicate window.
CREATE TABLE line_events_handled (
  webhook_event_id text PRIMARY KEY,
  handled_at timestamptz NOT NULL DEFAULT now()
);

-- Triage joins follow-ups that quote a case reference to its incident.
CREATE INDEX incidents_case_ref ON incidents (case_ref);
`,
};
