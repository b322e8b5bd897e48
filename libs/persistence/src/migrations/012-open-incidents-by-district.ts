/**
 * Triage looks for the open incident of a tip's district that names the same venue or person
 * (correlation within a window): the open incidents of one district, recent first.
 */
export const openIncidentsByDistrict = {
  version: '012-open-incidents-by-district',
  sql: /* sql */ `
CREATE INDEX incidents_open_district ON incidents (district, updated_at) WHERE state IN ('triggered', 'acknowledged', 'review');
`,
};
