import { scheduleSegments } from './schedule';
import { Directory, ScheduleGap } from './types';

/**
 * Every interval in [from, to) in which a schedule has nobody on call, ordered by start, so the
 * board can warn days ahead rather than at the moment a tip finds nobody.
 */
export function scheduleGaps(dir: Directory, from: Date, to: Date): ScheduleGap[] {
  const gaps: ScheduleGap[] = [];
  for (const schedule of dir.schedules) {
    for (const segment of scheduleSegments(schedule, from, to)) {
      if (segment.responders.length) continue;
      gaps.push({ scheduleId: schedule.id, role: schedule.role, districts: schedule.districts, start: segment.start, end: segment.end });
    }
  }
  return gaps.sort((a, b) => a.start.getTime() - b.start.getTime() || a.scheduleId.localeCompare(b.scheduleId));
}
