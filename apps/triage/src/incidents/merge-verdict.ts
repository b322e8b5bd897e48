import { TriageResult } from '@rescue/domain';

export interface IncidentVerdict {
  priority: string;
  district: string;
  minors: boolean;
  crossBorder: string | null;
  indicators: string[];
}

/**
 * An incident's verdict after a follow-up: the report re-read as a whole can only make it more
 * urgent (the first piece is often "hello", the second the case), never less, so a coordinator's
 * correction or an earlier, clearer piece is not undone by a vaguer one.
 */
export function mergeVerdict(current: IncidentVerdict, whole: TriageResult): IncidentVerdict {
  return {
    priority: whole.priority < current.priority ? whole.priority : current.priority,
    district: current.district !== 'unknown' ? current.district : whole.district,
    minors: current.minors || whole.minors,
    crossBorder: current.crossBorder ?? whole.crossBorder,
    indicators: [...new Set([...current.indicators, ...whole.indicators])],
  };
}
