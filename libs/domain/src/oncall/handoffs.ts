import { shifts } from './schedule';
import { Directory } from './types';

/** Someone coming on call: the start of one responder's shift on one schedule. */
export interface Handoff {
  scheduleId: string;
  scheduleName: string;
  role: string;
  districts: string[];
  timeZone: string;
  responderId: string;
  start: Date;
  /** When the shift ends; undefined when it runs past the horizon looked at. */
  end?: Date;
}

const DEFAULT_HORIZON_MS = 28 * 86_400_000;

/**
 * The shifts that begin in [from, to), each with its end, for hand-off notices: a responder already
 * on call at `from` is not coming on call, so only shifts that really start in the window count.
 * Pure; the caller chooses the window (now to now + lead time) and dedupes notices by shift.
 */
export function handoffsBetween(dir: Directory, from: Date, to: Date, horizonMs = DEFAULT_HORIZON_MS): Handoff[] {
  const out: Handoff[] = [];
  for (const schedule of dir.schedules) {
    for (const shift of shifts(schedule, from, to)) {
      if (shift.startsBeforeWindow) continue;
      const horizon = new Date(shift.start.getTime() + horizonMs);
      const whole = shifts(schedule, shift.start, horizon).find((s) => s.responderId === shift.responderId && s.start.getTime() === shift.start.getTime());
      out.push({
        scheduleId: schedule.id,
        scheduleName: schedule.name,
        role: schedule.role,
        districts: schedule.districts,
        timeZone: schedule.timeZone,
        responderId: shift.responderId,
        start: shift.start,
        ...(whole && !whole.endsAfterWindow ? { end: whole.end } : {}),
      });
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime() || a.scheduleId.localeCompare(b.scheduleId));
}
