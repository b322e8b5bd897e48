export { caseReference, extractCaseReference } from './case-reference';
export { correlate, DEFAULT_WINDOW_MINUTES } from './correlate';
export type { Correlation, CorrelationCandidate, OpenIncident } from './correlate';
export { drillIncidentId, incidentIdOfTip, splitIncidentId } from './incident-ids';
