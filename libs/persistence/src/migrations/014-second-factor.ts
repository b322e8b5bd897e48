/**
 * A second factor for board accounts: a TOTP secret (sealed with the PII key, as reporter details
 * are), the last time step a code was accepted (a code works once), single-use recovery codes (stored
 * hashed). Which roles must have one is configuration (BOARD_SECOND_FACTOR_ROLES).
 */
export const secondFactor = {
  version: '014-second-factor',
  sql: /* sql */ `
ALTER TABLE users ADD COLUMN totp_secret_sealed text;
ALTER TABLE users ADD COLUMN totp_pending_sealed text;
ALTER TABLE users ADD COLUMN totp_enabled_at timestamptz;
ALTER TABLE users ADD COLUMN totp_last_step bigint;

CREATE TABLE user_recovery_codes (
  user_id text NOT NULL REFERENCES users (id),
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (user_id, code_hash)
);
`,
};
