import { ScheduleGap } from './types';

/** A gap the coordinators were already told about (as last seen: scans see gaps clipped to their window). */
export interface ReportedGap {
  id: string;
  scheduleId: string;
  start: Date;
  end: Date;
}

export interface GapComparison {
  /** Gaps nobody was told about yet: report these. */
  fresh: ScheduleGap[];
  /** Reported gaps still open, stretched to what this scan sees, so the next window still overlaps them. */
  continuing: ReportedGap[];
  /** Reported gaps this scan no longer finds (covered by an edit, or over): a gap there later is new. */
  covered: string[];
}

/**
 * Which of the gaps a scan found are new. A found gap is the same as a reported one of its schedule
 * when they overlap: the window moves with every scan, so the same gap is seen with a later start
 * (once it has begun) and a later end (when it runs past the window), but it always overlaps what
 * the previous scan saw. Pure, so that "told once, not every scan" is unit-tested.
 */
export function compareGaps(found: ScheduleGap[], reported: ReportedGap[]): GapComparison {
  const overlaps = (g: ScheduleGap, r: ReportedGap) => g.scheduleId === r.scheduleId && g.start < r.end && r.start < g.end;
  const fresh = found.filter((g) => !reported.some((r) => overlaps(g, r)));
  const continuing: ReportedGap[] = [];
  const covered: string[] = [];
  for (const r of reported) {
    const same = found.filter((g) => overlaps(g, r));
    if (!same.length) {
      covered.push(r.id);
      continue;
    }
    const start = new Date(Math.min(r.start.getTime(), ...same.map((g) => g.start.getTime())));
    const end = new Date(Math.max(r.end.getTime(), ...same.map((g) => g.end.getTime())));
    continuing.push({ ...r, start, end });
  }
  return { fresh, continuing, covered };
}
