/** An admin can deactivate a board user: their sessions end and they can no longer log in. */
export const boardAccounts = {
  version: '009-board-accounts',
  sql: /* sql */ `
ALTER TABLE users ADD COLUMN deactivated_at timestamptz;
CREATE INDEX sessions_user ON sessions (user_id);
`,
};
