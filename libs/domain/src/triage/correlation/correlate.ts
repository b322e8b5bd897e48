import { TriageResult } from '../types';
import { extractCaseReference } from './case-reference';
import { overlap, salientFeatures } from './salient-features';

export interface CorrelationCandidate {
  text: string;
  district: string;
  reporterKey?: string;
  caseRef?: string;
  receivedAt: Date;
  triage: TriageResult;
}

export interface OpenIncident {
  incidentId: string;
  district: string;
  priority: string;
  openedAt: Date;
  lastTipAt: Date;
  reporterKeys: string[];
  caseRef: string;
  texts: string[];
}

export interface Correlation {
  incidentId: string;
  reason: string;
}

/** Default window: follow-up tips about one case usually come within hours. */
export const DEFAULT_WINDOW_MINUTES = 180;

/**
 * The open incident a new tip belongs to, or null to open a new one. In order of certainty:
 * 1. the tip quotes an incident's case reference (at any time);
 * 2. the same reporter sent a tip to the incident within the window;
 * 3. same district, within the window, and the texts name the same venue, person, specific place
 *    or long number (one such feature and two content words, or two features).
 * Among several, the incident with the most recent tip wins.
 */
export function correlate(
  candidate: CorrelationCandidate,
  openIncidents: OpenIncident[],
  opts: { windowMinutes?: number } = {},
): Correlation | null {
  const windowMs = (opts.windowMinutes ?? DEFAULT_WINDOW_MINUTES) * 60_000;
  const withinWindow = (i: OpenIncident) => Math.abs(candidate.receivedAt.getTime() - i.lastTipAt.getTime()) <= windowMs;
  const mostRecent = (list: OpenIncident[]) => [...list].sort((a, b) => b.lastTipAt.getTime() - a.lastTipAt.getTime())[0];

  const reference = (candidate.caseRef ? extractCaseReference(candidate.caseRef) ?? candidate.caseRef : undefined) ?? extractCaseReference(candidate.text);
  if (reference) {
    const quoted = openIncidents.find((i) => i.caseRef.toUpperCase() === reference.toUpperCase());
    if (quoted) return { incidentId: quoted.incidentId, reason: `quotes case reference ${quoted.caseRef}` };
  }

  if (candidate.reporterKey) {
    const same = openIncidents.filter((i) => i.reporterKeys.includes(candidate.reporterKey!) && withinWindow(i));
    if (same.length) return { incidentId: mostRecent(same).incidentId, reason: `same reporter within ${opts.windowMinutes ?? DEFAULT_WINDOW_MINUTES} minutes` };
  }

  if (candidate.district && candidate.district !== 'unknown') {
    const mine = salientFeatures(candidate.text);
    let best: { incident: OpenIncident; specific: string[]; words: string[]; score: number } | undefined;
    for (const incident of openIncidents) {
      if (incident.district !== candidate.district || !withinWindow(incident)) continue;
      const theirs = salientFeatures(incident.texts.join('\n'));
      const shared = overlap(mine, theirs);
      const s = shared.specific.length;
      const w = shared.words.length;
      // A named venue, person, place or number, and more: words alone ("girls", "karaoke") are every street's.
      if (!((s >= 1 && w >= 2) || s >= 2)) continue;
      const score = s * 3 + w;
      if (!best || score > best.score || (score === best.score && incident.lastTipAt > best.incident.lastTipAt)) {
        best = { incident, ...shared, score };
      }
    }
    if (best) {
      const named = best.specific.map((f) => mine.labels.get(f) ?? f).slice(0, 4).join(', ');
      const minutes = opts.windowMinutes ?? DEFAULT_WINDOW_MINUTES;
      return {
        incidentId: best.incident.incidentId,
        reason: `names the same ${named} in ${candidate.district} within ${minutes} minutes (also: ${best.words.slice(0, 4).join(', ')})`,
      };
    }
  }
  return null;
}
