/**
 * The audit log becomes append-only and tamper-evident. Each entry carries its place in the chain
 * (`seq`), the hash of the entry before and its own hash over both and its content, computed by the
 * database as the row is written (one writer at a time: the chain has no forks). An edited or deleted
 * row breaks the chain at that place, which `npm run audit:verify` reports. Updates, deletes and
 * truncation are refused outright; someone who can switch the triggers off can still edit a row, but
 * not without the chain saying where.
 */
export const auditLogChain = {
  version: '013-audit-log-chain',
  sql: /* sql */ `
ALTER TABLE audit_log ADD COLUMN seq bigint, ADD COLUMN prev_hash text, ADD COLUMN hash text;

CREATE FUNCTION audit_entry_hash(prev text, seq bigint, at timestamptz, actor text, action text, subject text, detail jsonb)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|', coalesce(prev, ''), seq::text,
    to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), actor, action, subject, detail::text), 'UTF8')), 'hex')
$$;

-- The rows written so far, chained in the order they were written.
DO $$
DECLARE r record; prev text; n bigint := 0;
BEGIN
  FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
    n := n + 1;
    UPDATE audit_log SET seq = n, prev_hash = prev, hash = audit_entry_hash(prev, n, r.at, r.actor, r.action, r.subject, r.detail) WHERE id = r.id
      RETURNING hash INTO prev;
  END LOOP;
END $$;

CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE last record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit_log_chain'));
  SELECT seq, hash INTO last FROM audit_log ORDER BY seq DESC NULLS LAST LIMIT 1;
  NEW.seq := coalesce(last.seq, 0) + 1;
  NEW.prev_hash := last.hash;
  NEW.hash := audit_entry_hash(NEW.prev_hash, NEW.seq, NEW.at, NEW.actor, NEW.action, NEW.subject, NEW.detail);
  RETURN NEW;
END $$;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

ALTER TABLE audit_log ALTER COLUMN seq SET NOT NULL, ALTER COLUMN hash SET NOT NULL;
CREATE UNIQUE INDEX audit_log_seq ON audit_log (seq);
`,
};
