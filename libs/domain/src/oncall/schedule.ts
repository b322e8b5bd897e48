import { DateTime } from 'luxon';
import { clockMinutes, inZone, localInstant, weekdayOf } from './local-time';
import { Rotation, Schedule, ScheduleLayer, Shift, WEEKDAYS } from './types';

/**
 * Who a schedule has on call at an instant. Every interval is half-open, [start, end): at a hand-off
 * instant the incoming responder is on call and the outgoing one is not.
 *
 * Evaluation: the topmost layer that has someone at `at` (inside its restrictions, after its start)
 * gives the responder; then overrides apply in file order, so a later override wins. A deactivated
 * responder is nobody (after the overrides, so an override can still cover for them).
 */
export function onCallAt(schedule: Schedule, at: Date): string[] {
  let onCall: string[] = [];
  for (let i = schedule.layers.length - 1; i >= 0; i--) {
    const member = layerMemberAt(schedule.layers[i], schedule.timeZone, at);
    if (member) {
      onCall = [member];
      break;
    }
  }
  for (const o of schedule.overrides) {
    if (o.start > at || at >= o.end) continue;
    if (!o.replaces) onCall = [o.responder];
    else onCall = onCall.map((id) => (id === o.replaces ? o.responder : id));
  }
  if (schedule.deactivated?.length) onCall = onCall.filter((id) => !schedule.deactivated!.includes(id));
  return [...new Set(onCall)];
}

/** A stretch of time in which the set of people on call does not change. */
export interface ScheduleSegment {
  start: Date;
  end: Date;
  responders: string[];
}

/**
 * The schedule over [from, to) as consecutive segments (empty `responders` = nobody on call).
 * The on-call set can only change at a hand-off, a restriction edge or an override edge, so it is
 * evaluated at those instants only.
 */
export function scheduleSegments(schedule: Schedule, from: Date, to: Date): ScheduleSegment[] {
  if (!(to > from)) return [];
  const edges = new Set<number>([from.getTime()]);
  const add = (t: DateTime | Date) => {
    const ms = t instanceof Date ? t.getTime() : t.toMillis();
    if (ms > from.getTime() && ms < to.getTime()) edges.add(ms);
  };
  for (const layer of schedule.layers) {
    for (const t of turnStartsBetween(layer, schedule.timeZone, from, to)) add(t);
    for (const t of restrictionEdgesBetween(layer, schedule.timeZone, from, to)) add(t);
  }
  for (const o of schedule.overrides) {
    add(o.start);
    add(o.end);
  }
  const instants = [...edges].sort((a, b) => a - b);
  const segments: ScheduleSegment[] = [];
  instants.forEach((ms, i) => {
    const responders = onCallAt(schedule, new Date(ms));
    const end = new Date(i + 1 < instants.length ? instants[i + 1] : to.getTime());
    const last = segments[segments.length - 1];
    if (last && sameMembers(last.responders, responders)) last.end = end;
    else segments.push({ start: new Date(ms), end, responders });
  });
  return segments;
}

/**
 * Each responder's continuous on-call periods that overlap [from, to), ordered by start, clipped to
 * the window (the flags say where a shift was clipped, so a hand-off notice goes only to shifts
 * that really start inside the window).
 */
export function shifts(schedule: Schedule, from: Date, to: Date): Shift[] {
  const result: Shift[] = [];
  const open = new Map<string, Shift>();
  for (const segment of scheduleSegments(schedule, from, to)) {
    for (const [id, shift] of open) {
      if (!segment.responders.includes(id)) {
        result.push(shift);
        open.delete(id);
      }
    }
    for (const id of segment.responders) {
      const running = open.get(id);
      if (running) running.end = segment.end;
      else open.set(id, { scheduleId: schedule.id, responderId: id, start: segment.start, end: segment.end, startsBeforeWindow: false, endsAfterWindow: false });
    }
  }
  result.push(...open.values());
  const before = onCallAt(schedule, new Date(from.getTime() - 1));
  const after = onCallAt(schedule, to);
  for (const s of result) {
    s.startsBeforeWindow = s.start.getTime() === from.getTime() && before.includes(s.responderId);
    s.endsAfterWindow = s.end.getTime() === to.getTime() && after.includes(s.responderId);
  }
  return result.sort((a, b) => a.start.getTime() - b.start.getTime() || a.responderId.localeCompare(b.responderId));
}

// ---------------------------------------------------------------------------------------------
// One layer

function layerMemberAt(layer: ScheduleLayer, zone: string, at: Date): string | undefined {
  if (!withinRestrictions(layer, zone, at)) return undefined;
  const turn = turnIndexAt(layer, zone, at);
  return turn === undefined ? undefined : layer.members[turn % layer.members.length];
}

/**
 * What evaluating a layer keeps asking, computed once per layer: its first hand-off (the start date at
 * the hand-off time, in the schedule's zone) and the start of each turn asked about (epoch ms). Zone
 * arithmetic is the slow part of evaluating a schedule (luxon asks Intl for the offset), every page
 * asks who is on call now, and the same few turns are asked about all day. Layers are not edited in
 * place; the key still catches a changed one. Bounded: past 512 turns it starts again.
 */
function layerTimes(layer: ScheduleLayer, zone: string): LayerTimes {
  const r = layer.rotation;
  const key = `${zone} ${layer.start} ${layer.handoff} ${r.kind === 'hours' ? `${r.hours}h` : r.kind}`;
  const cached = layerTimesCache.get(layer);
  if (cached?.key === key && cached.turnStartMs.size <= 512) return cached;
  const first = localInstant(DateTime.fromISO(layer.start, { zone }), clockMinutes(layer.handoff));
  const fresh = { key, first, turnStartMs: new Map<number, number>() };
  layerTimesCache.set(layer, fresh);
  return fresh;
}
interface LayerTimes {
  key: string;
  first: DateTime;
  turnStartMs: Map<number, number>;
}
const layerTimesCache = new WeakMap<ScheduleLayer, LayerTimes>();

function firstHandoff(layer: ScheduleLayer, zone: string): DateTime {
  return layerTimes(layer, zone).first;
}

function turnStartMs(layer: ScheduleLayer, zone: string, turn: number): number {
  const times = layerTimes(layer, zone);
  let ms = times.turnStartMs.get(turn);
  if (ms === undefined) times.turnStartMs.set(turn, (ms = turnStart(times.first, layer.rotation, turn).toMillis()));
  return ms;
}

/** Turns are counted in calendar days/weeks (so a hand-off stays at 08:00 local across DST) or fixed hours. */
function turnStart(first: DateTime, rotation: Rotation, turn: number): DateTime {
  switch (rotation.kind) {
    case 'daily':
      return first.plus({ days: turn });
    case 'weekly':
      return first.plus({ weeks: turn });
    case 'hours':
      return first.plus({ milliseconds: Math.round(turn * rotation.hours * 3_600_000) });
  }
}

function nominalTurnMs(rotation: Rotation): number {
  return rotation.kind === 'daily' ? 86_400_000 : rotation.kind === 'weekly' ? 7 * 86_400_000 : rotation.hours * 3_600_000;
}

/** Which turn (0 = the first member's first turn) is running at `at`; undefined before the layer starts. */
function turnIndexAt(layer: ScheduleLayer, zone: string, at: Date): number | undefined {
  const first = firstHandoff(layer, zone);
  const t = at.getTime();
  if (t < first.toMillis()) return undefined;
  // Estimate from the nominal length, then correct for days that are not 24 h long.
  let turn = Math.floor((t - first.toMillis()) / nominalTurnMs(layer.rotation));
  while (turn > 0 && turnStartMs(layer, zone, turn) > t) turn--;
  while (turnStartMs(layer, zone, turn + 1) <= t) turn++;
  return turn;
}

function turnStartsBetween(layer: ScheduleLayer, zone: string, from: Date, to: Date): DateTime[] {
  const first = firstHandoff(layer, zone);
  const out: DateTime[] = [];
  let turn = (turnIndexAt(layer, zone, from) ?? -1) + 1;
  for (let t = turnStart(first, layer.rotation, turn); t.toMillis() < to.getTime(); t = turnStart(first, layer.rotation, ++turn)) {
    out.push(t);
  }
  return out;
}

function withinRestrictions(layer: ScheduleLayer, zone: string, at: Date): boolean {
  if (!layer.restrictions?.length) return true;
  const local = inZone(at, zone);
  const today = weekdayOf(local);
  const yesterday = WEEKDAYS[(WEEKDAYS.indexOf(today) + 6) % 7];
  const minute = local.hour * 60 + local.minute + local.second / 60 + local.millisecond / 60_000; // wall clock
  return layer.restrictions.some((r) => {
    const from = clockMinutes(r.from);
    const to = clockMinutes(r.to);
    if (from < to) return r.days.includes(today) && minute >= from && minute < to;
    // Past midnight: the evening part belongs to today, the early-morning part to yesterday's window.
    return (r.days.includes(today) && minute >= from) || (r.days.includes(yesterday) && minute < to);
  });
}

function restrictionEdgesBetween(layer: ScheduleLayer, zone: string, from: Date, to: Date): DateTime[] {
  if (!layer.restrictions?.length) return [];
  const out: DateTime[] = [];
  const last = inZone(to, zone).startOf('day');
  for (let day = inZone(from, zone).startOf('day').minus({ days: 1 }); day <= last; day = day.plus({ days: 1 })) {
    for (const r of layer.restrictions) {
      out.push(localInstant(day, clockMinutes(r.from)), localInstant(day, clockMinutes(r.to)));
    }
  }
  return out;
}

function sameMembers(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
