export const directoryEdits = {
  version: '006-directory-edits',
  sql: /* sql */ `
-- Edits to the on-call directory made through the board. deploy/directory.yaml stays the seed; these
-- rows are layered over it by board and dispatch alike (libs/domain layerDirectoryEdits). Every change
-- is also written to audit_log (action 'directory.*', detail {before, after}) in the same transaction;
-- the id of the latest such row is the directory's version.

-- A responder created or edited through the board: the whole entry as the directory schema reads
-- it, replacing the file's entry with that id. Deactivated responders are never paged.
CREATE TABLE directory_responders (
  id text PRIMARY KEY,
  responder jsonb NOT NULL,
  active boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL
);

-- A schedule override (cover for someone with replaces, or take the whole slot without it).
CREATE TABLE directory_overrides (
  id text PRIMARY KEY,
  schedule_id text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  responder_id text NOT NULL,
  replaces text,
  note text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz,
  removed_by text
);
CREATE INDEX directory_overrides_live ON directory_overrides (created_at) WHERE removed_at IS NULL;

CREATE INDEX audit_log_directory ON audit_log (id) WHERE action LIKE 'directory.%';

-- Notices that belong to no incident (hand-off notices, coverage gaps), written once per cause by
-- whichever dispatch replica gets there first and published to alerts.raised after commit (outbox).
CREATE TABLE directory_notices (
  id text PRIMARY KEY,                   -- deterministic: handoff-<schedule>-<responder>-<start>-<channel>, gap-...
  kind text NOT NULL CHECK (kind IN ('handoff', 'gap')),
  responder_id text NOT NULL,
  role text NOT NULL,
  district text NOT NULL,
  channel text NOT NULL,
  to_address text NOT NULL,
  fallback_to text,
  language text NOT NULL,
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz
);
CREATE INDEX directory_notices_unpublished ON directory_notices (created_at) WHERE published_at IS NULL;

-- Coverage gaps already reported to the coordinators, so a scan reports only newly found ones.
-- A gap still open overlaps its row (a scan sees it clipped to its window); covered_at is set once
-- a scan no longer finds it, so a gap that opens again later is reported again.
CREATE TABLE coverage_gaps (
  id text PRIMARY KEY,
  schedule_id text NOT NULL,
  role text NOT NULL,
  districts text[] NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  found_at timestamptz NOT NULL DEFAULT now(),
  covered_at timestamptz
);
CREATE INDEX coverage_gaps_open ON coverage_gaps (schedule_id) WHERE covered_at IS NULL;
`,
};
