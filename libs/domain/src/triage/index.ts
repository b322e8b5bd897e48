/**
 * The triage engine (pure rules, no I/O): priority, district, minors and cross-border for a tip,
 * the Chiang Rai gazetteer, and correlation of a tip with open incidents.
 */
export { triage } from './triage';
// `Priority` is not re-exported: libs/domain's oncall module already exports the same union.
export type { CrossBorder, IndicatorId, IndicatorMatch, TriageInput, TriageLocation, TriageResult } from './types';
export { DISTRICTS, districtName, resolveDistrict, DISTRICT_SLUGS } from './gazetteer';
export type { DistrictSlug } from './gazetteer';
export { caseReference, correlate, DEFAULT_WINDOW_MINUTES, drillIncidentId, extractCaseReference, incidentIdOfTip, splitIncidentId } from './correlation';
export type { Correlation, CorrelationCandidate, OpenIncident } from './correlation';
export { evaluateTriage, parseLabelledTips } from './evaluation';
export type { Evaluation, LabelledTip, Miss, ScoreRow } from './evaluation';
