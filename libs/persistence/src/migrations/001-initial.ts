export const initial = {
  version: '001-initial',
  sql: /* sql */ `
-- Responders, synced from the directory file by dispatch; intake looks senders up here.
CREATE TABLE responders (
  id text PRIMARY KEY,
  name text NOT NULL,
  organization text NOT NULL,
  roles text[] NOT NULL,
  districts text[] NOT NULL,
  languages text[] NOT NULL,
  sms text UNIQUE,
  line_user_id text UNIQUE,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE incidents (
  id text PRIMARY KEY,
  state text NOT NULL CHECK (state IN ('triggered', 'acknowledged', 'resolved', 'review')),
  priority text NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
  district text NOT NULL,
  minors boolean NOT NULL DEFAULT false,
  cross_border text,
  summary text NOT NULL,
  case_ref text NOT NULL,
  policy jsonb,                          -- frozen when dispatch first sees the incident
  opened_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  outcome text
);
CREATE INDEX incidents_open ON incidents (state) WHERE state IN ('triggered', 'acknowledged');

CREATE TABLE tips (
  id text PRIMARY KEY,
  received_at timestamptz NOT NULL,
  channel text NOT NULL,
  language text,
  text text NOT NULL,
  location jsonb,
  reporter_sealed text,                  -- AES-GCM sealed contact details (libs/platform Sealer)
  reporter_key text,                     -- pseudonym of the contact, for correlation
  callback_allowed boolean NOT NULL DEFAULT false,
  incident_id text REFERENCES incidents (id),
  triage jsonb,
  triaged_at timestamptz
);
CREATE INDEX tips_incident ON tips (incident_id);
CREATE INDEX tips_reporter ON tips (reporter_key, received_at);

-- One row per role chain of an incident. The database decides: every escalation, ack and unack is a
-- conditional update of this row, and fence rotates on each so that a stale deadline job is a no-op.
CREATE TABLE incident_roles (
  incident_id text NOT NULL REFERENCES incidents (id),
  role text NOT NULL,
  required boolean NOT NULL,
  state text NOT NULL CHECK (state IN ('pending', 'accepted', 'exhausted', 'informed')),
  step int NOT NULL DEFAULT 0,           -- 1-based absolute step (repeat rounds keep counting); 0 = not started
  fence int NOT NULL DEFAULT 0,
  deadline_at timestamptz,
  accepted_by text,
  accepted_at timestamptz,
  arrived_at timestamptz,
  PRIMARY KEY (incident_id, role)
);
CREATE INDEX incident_roles_pending ON incident_roles (deadline_at) WHERE state = 'pending';

CREATE TABLE alerts (
  id text PRIMARY KEY,                   -- incidentId-role-step-responderId-channel (deterministic)
  incident_id text NOT NULL REFERENCES incidents (id),
  role text NOT NULL,
  step int NOT NULL,
  responder_id text NOT NULL,
  channel text NOT NULL,
  to_address text NOT NULL,
  fallback_to text,                      -- SMS number used when a LINE push fails for good
  kind text NOT NULL CHECK (kind IN ('page', 'notice')),
  code int,
  notice text,
  state text NOT NULL,                   -- paged, accepted, declined, arrived, stood-down, sent (notices)
  published_at timestamptz,              -- outbox: set once alerts.raised is stored in JetStream
  delivery_status text,
  delivery_error text,
  provider_message_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alerts_incident ON alerts (incident_id);
CREATE INDEX alerts_unpublished ON alerts (created_at) WHERE published_at IS NULL;

-- SMS reply codes: per phone, the smallest free number; freed when the incident closes.
CREATE TABLE reply_codes (
  phone text NOT NULL,
  code int NOT NULL,
  incident_id text NOT NULL REFERENCES incidents (id),
  responder_id text NOT NULL,
  PRIMARY KEY (phone, code),
  UNIQUE (phone, incident_id)
);

-- One round trip, so the per-phone lock is held for the server's work only (no client latency).
CREATE FUNCTION allocate_reply_code(p_phone text, p_incident text, p_responder text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
  held int;
  free int;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(p_phone));
  SELECT code INTO held FROM reply_codes WHERE phone = p_phone AND incident_id = p_incident;
  IF held IS NOT NULL THEN RETURN held; END IF;
  IF NOT EXISTS (SELECT 1 FROM reply_codes WHERE phone = p_phone AND code = 1) THEN
    free := 1;
  ELSE
    SELECT r.code + 1 INTO free FROM reply_codes r
     WHERE r.phone = p_phone
       AND NOT EXISTS (SELECT 1 FROM reply_codes n WHERE n.phone = p_phone AND n.code = r.code + 1)
     ORDER BY r.code LIMIT 1;
  END IF;
  INSERT INTO reply_codes (phone, code, incident_id, responder_id) VALUES (p_phone, free, p_incident, p_responder);
  RETURN free;
END $$;

CREATE TABLE timeline (
  id bigserial PRIMARY KEY,
  incident_id text NOT NULL REFERENCES incidents (id),
  event_key text NOT NULL UNIQUE,        -- deterministic, so a redelivered event is recorded once
  at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX timeline_incident ON timeline (incident_id, at);

CREATE TABLE users (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'operator', 'responder')),
  organization text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  expires_at timestamptz NOT NULL
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  subject text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'
);
`,
};
