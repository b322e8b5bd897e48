export const boardReassignMerge = {
  version: '005-board-reassign-merge',
  sql: /* sql */ `
-- A duplicate closed by a merge points to the incident that carries on (its tips show there).
ALTER TABLE incidents ADD COLUMN merged_into text REFERENCES incidents (id);
CREATE INDEX incidents_merged_into ON incidents (merged_into) WHERE merged_into IS NOT NULL;

-- The priority and district dispatch last planned the incident's chains for ({priority, district});
-- NULL until a triage correction re-dispatched it. A correction is compared with this.
ALTER TABLE incidents ADD COLUMN dispatched_for jsonb;
`,
};
