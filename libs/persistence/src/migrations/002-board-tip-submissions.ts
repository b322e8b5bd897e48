export const boardTipSubmissions = {
  version: '002-board-tip-submissions',
  sql: /* sql */ `
-- Tips filed through the board's operator console: who filed them, for which organisation. An
-- organisation that filed a tip is part of its incident (it may follow and correct the triage).
CREATE TABLE board_tip_submissions (
  tip_id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  organization text,
  submitted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX board_tip_submissions_organization ON board_tip_submissions (organization);
CREATE INDEX board_tip_submissions_user ON board_tip_submissions (user_id);
CREATE INDEX alerts_responder ON alerts (responder_id);
CREATE INDEX audit_log_subject ON audit_log (subject, at);
`,
};
