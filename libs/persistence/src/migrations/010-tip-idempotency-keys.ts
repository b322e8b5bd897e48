/**
 * The operator API's Idempotency-Key, per caller: the same key with the same tip is a retry (same
 * tipId); the same key with another tip is refused (409), never taken for a retry and dropped.
 */
export const tipIdempotencyKeys = {
  version: '010-tip-idempotency-keys',
  sql: /* sql */ `
CREATE TABLE tip_idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
`,
};
