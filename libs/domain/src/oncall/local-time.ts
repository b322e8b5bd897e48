import { DateTime, IANAZone } from 'luxon';
import { Weekday, WEEKDAYS } from './types';

/** The zone schedules use unless the directory says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Bangkok';

export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** 'HH:mm' -> minutes since local midnight ('24:00' -> 1440). */
export function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** A wall-clock time on a local date, zone-correct (a time skipped by a DST jump moves forward). */
export function localInstant(date: DateTime, minutes: number): DateTime {
  const midnight = date.startOf('day');
  if (minutes >= 24 * 60) return midnight.plus({ days: 1 });
  return midnight.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
}

/** The local date-time of an instant in a zone. */
export function inZone(at: Date, zone: string): DateTime {
  return DateTime.fromJSDate(at, { zone });
}

export function weekdayOf(local: DateTime): Weekday {
  return WEEKDAYS[local.weekday - 1]; // luxon: 1 = Monday
}

/**
 * An ISO 8601 date-time; without an offset it is read as local time in `zone`.
 * Returns undefined when the text is not a valid date-time.
 */
export function parseDateTime(text: string, zone: string): Date | undefined {
  const parsed = DateTime.fromISO(text, { zone });
  return parsed.isValid ? parsed.toJSDate() : undefined;
}
