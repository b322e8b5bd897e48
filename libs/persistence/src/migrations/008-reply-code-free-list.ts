export const replyCodeFreeList = {
  version: '008-reply-code-free-list',
  sql: /* sql */ `
-- Reply codes freed by closed incidents, per phone. With the codes in use they always make up 1..K,
-- so the smallest free code is the smallest freed one, or K + 1: two index lookups, where searching
-- reply_codes for the first gap grew with every open incident of the phone (quadratic under load).
CREATE TABLE reply_codes_free (
  phone text NOT NULL,
  code int NOT NULL,
  PRIMARY KEY (phone, code)
);

INSERT INTO reply_codes_free (phone, code)
SELECT m.phone, g.code
  FROM (SELECT phone, max(code) AS top FROM reply_codes GROUP BY phone) m,
       generate_series(1, m.top) AS g(code)
 WHERE NOT EXISTS (SELECT 1 FROM reply_codes c WHERE c.phone = m.phone AND c.code = g.code);

-- Whatever deletes a code (resolve, merge, a cleanup) frees it.
CREATE FUNCTION free_reply_code() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO reply_codes_free (phone, code) VALUES (OLD.phone, OLD.code) ON CONFLICT DO NOTHING;
  RETURN OLD;
END $$;
CREATE TRIGGER reply_codes_freed AFTER DELETE ON reply_codes FOR EACH ROW EXECUTE FUNCTION free_reply_code();

CREATE OR REPLACE FUNCTION allocate_reply_code(p_phone text, p_incident text, p_responder text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
  held int;
  free int;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(p_phone));
  SELECT code INTO held FROM reply_codes WHERE phone = p_phone AND incident_id = p_incident;
  IF held IS NOT NULL THEN RETURN held; END IF;
  DELETE FROM reply_codes_free
   WHERE phone = p_phone AND code = (SELECT min(code) FROM reply_codes_free WHERE phone = p_phone)
  RETURNING code INTO free;
  IF free IS NULL THEN
    SELECT COALESCE(max(code), 0) + 1 INTO free FROM reply_codes WHERE phone = p_phone;
  END IF;
  INSERT INTO reply_codes (phone, code, incident_id, responder_id) VALUES (p_phone, free, p_incident, p_responder);
  RETURN free;
END $$;
`,
};
