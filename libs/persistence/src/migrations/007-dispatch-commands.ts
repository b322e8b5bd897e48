export const dispatchCommands = {
  version: '007-dispatch-commands',
  sql: /* sql */ `
-- The chain positions a board command (escalate now, re-notify) found when it was first carried out.
-- A redelivered command reads them back instead of the current positions, so it acts once: a second
-- "escalate now" delivery must not move the chain a second step.
CREATE TABLE command_positions (
  command_id text PRIMARY KEY,
  incident_id text NOT NULL,
  positions jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
`,
};
