/**
 * The triage engine (pure rules, no I/O): priority, district, minors and cross-border for a tip,
 * the Chiang Rai gazetteer, and correlation of a tip with open incidents.
 */
export { triage } from './triage';
export type { CrossBorder, IndicatorId, IndicatorMatch, Language, Priority, TriageInput, TriageLocation, TriageResult } from './types';
export { DISTRICTS, resolveDistrict, DISTRICT_SLUGS } from './gazetteer';
export type { DistrictSlug } from './gazetteer';
