/** Types of the triage engine's public contract (mirrored by `TriageResult` in libs/contracts). */

export type Priority = 'P1' | 'P2' | 'P3' | 'P4';
export type CrossBorder = 'MM' | 'LA';
/** Languages the engine detects; anything else in Latin script is reported as `en`. */
export type Language = 'th' | 'my' | 'lo' | 'en';

export interface TriageLocation {
  district?: string;
  description?: string;
  lat?: number;
  lon?: number;
}

export interface TriageInput {
  text: string;
  channel?: string;
  language?: string;
  location?: TriageLocation;
}

export interface IndicatorMatch {
  indicator: string;
  words: string[];
}

export interface TriageResult {
  priority: Priority;
  /** District slug (see gazetteer) or 'unknown'. */
  district: string;
  minors: boolean;
  crossBorder: CrossBorder | null;
  indicators: string[];
  explanation: string;
  matches: IndicatorMatch[];
  /** Detected language of the text: th, my, lo or en. */
  language: string;
}

/**
 * Indicators the rules look for. The exploitation ones follow the ILO indicators of forced labour
 * (abuse of vulnerability, deception, restriction of movement, isolation, violence, intimidation
 * and threats, retention of documents, withholding of wages, debt bondage, abusive working
 * conditions, excessive overtime) grouped as the labelling policy groups them.
 */
export type IndicatorId =
  | 'children'
  | 'confinement'
  | 'violence'
  | 'incapacitation'
  | 'intimidation'
  | 'imminent-movement'
  | 'self-rescue'
  | 'document-retention'
  | 'debt-bondage'
  | 'wage-withholding'
  | 'restriction-of-movement'
  | 'forced-labour'
  | 'sexual-exploitation'
  | 'sale-of-persons'
  | 'deceptive-recruitment'
  | 'abuse-of-vulnerability'
  | 'smuggling'
  | 'exploitative-venue'
  | 'not-trafficking';
