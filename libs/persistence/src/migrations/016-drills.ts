/**
 * Drills: a test incident a coordinator starts, paging the real on-call people. It is marked so every
 * message says "drill", and so the real reports leave it out; it has no tips (no reporter is involved).
 */
export const drills = {
  version: '016-drills',
  sql: /* sql */ `
ALTER TABLE incidents ADD COLUMN drill boolean NOT NULL DEFAULT false;
CREATE INDEX incidents_drills ON incidents (opened_at) WHERE drill;
`,
};
