import { onCallAt, scheduleSegments, shifts } from './schedule';
import { Schedule, ScheduleLayer } from './types';

// Asia/Bangkok is UTC+7 all year: 08:00 local = 01:00Z. 2025-01-06 is a Monday.
const at = (iso: string) => new Date(iso);
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

function schedule(layers: Partial<ScheduleLayer>[], extra: Partial<Schedule> = {}): Schedule {
  return {
    id: 's',
    name: 's',
    role: 'police',
    districts: ['mae-sai'],
    timeZone: 'Asia/Bangkok',
    layers: layers.map((l, i) => ({
      name: `layer ${i + 1}`,
      rotation: { kind: 'daily' },
      handoff: '08:00',
      start: '2025-01-06',
      members: ['a', 'b', 'c'],
      ...l,
    })),
    overrides: [],
    ...extra,
  };
}

describe('daily rotation with an 08:00 hand-off', () => {
  const s = schedule([{}]);
  const handoff = at('2025-01-07T01:00:00Z'); // Tuesday 08:00 Bangkok: a -> b

  it('keeps the outgoing responder until the instant and gives the incoming one the instant itself', () => {
    expect(onCallAt(s, ms(handoff, -1000))).toEqual(['a']);
    expect(onCallAt(s, ms(handoff, -1))).toEqual(['a']);
    expect(onCallAt(s, handoff)).toEqual(['b']);
    expect(onCallAt(s, ms(handoff, 1000))).toEqual(['b']);
  });

  it('cycles through the members in order and wraps around', () => {
    expect(onCallAt(s, at('2025-01-06T01:00:00Z'))).toEqual(['a']);
    expect(onCallAt(s, at('2025-01-08T12:00:00Z'))).toEqual(['c']);
    expect(onCallAt(s, at('2025-01-09T01:00:00Z'))).toEqual(['a']);
    // 300 days on: turn 300 % 3 = 0
    expect(onCallAt(s, at('2025-11-02T05:00:00Z'))).toEqual(['a']);
  });

  it('has nobody before the first hand-off', () => {
    expect(onCallAt(s, at('2025-01-06T00:59:59Z'))).toEqual([]);
  });
});

describe('weekly rotation', () => {
  const s = schedule([{ rotation: { kind: 'weekly' }, members: ['a', 'b'] }]);

  it('hands off on the same weekday and time a week later', () => {
    expect(onCallAt(s, at('2025-01-12T23:00:00Z'))).toEqual(['a']); // Monday 06:00, week 1
    expect(onCallAt(s, at('2025-01-13T00:59:59Z'))).toEqual(['a']);
    expect(onCallAt(s, at('2025-01-13T01:00:00Z'))).toEqual(['b']);
    expect(onCallAt(s, at('2025-01-20T01:00:00Z'))).toEqual(['a']);
  });
});

describe('custom shift length', () => {
  it('12-hour shifts hand off at 08:00 and 20:00', () => {
    const s = schedule([{ rotation: { kind: 'hours', hours: 12 } }]);
    expect(onCallAt(s, at('2025-01-06T12:59:59Z'))).toEqual(['a']);
    expect(onCallAt(s, at('2025-01-06T13:00:00Z'))).toEqual(['b']); // 20:00 local
    expect(onCallAt(s, at('2025-01-07T01:00:00Z'))).toEqual(['c']);
    expect(onCallAt(s, at('2025-01-07T13:00:00Z'))).toEqual(['a']);
  });

  it('shifts that do not divide a day drift around the clock', () => {
    const s = schedule([{ rotation: { kind: 'hours', hours: 10 }, members: ['a', 'b'] }]);
    expect(onCallAt(s, at('2025-01-06T10:59:59Z'))).toEqual(['a']);
    expect(onCallAt(s, at('2025-01-06T11:00:00Z'))).toEqual(['b']); // 18:00
    expect(onCallAt(s, at('2025-01-06T21:00:00Z'))).toEqual(['a']); // 04:00 next day
    expect(onCallAt(s, at('2025-01-07T07:00:00Z'))).toEqual(['b']); // 14:00
  });
});

describe('layers', () => {
  it('a higher layer wins where it has someone; the lower one shows through elsewhere', () => {
    const s = schedule([
      { members: ['night1', 'night2'] },
      { rotation: { kind: 'weekly' }, members: ['day'], restrictions: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' }] },
    ]);
    expect(onCallAt(s, at('2025-01-06T03:00:00Z'))).toEqual(['day']); // Monday 10:00
    expect(onCallAt(s, at('2025-01-06T10:59:59Z'))).toEqual(['day']);
    expect(onCallAt(s, at('2025-01-06T11:00:00Z'))).toEqual(['night1']); // Monday 18:00
    expect(onCallAt(s, at('2025-01-11T03:00:00Z'))).toEqual(['night2']); // Saturday 10:00: turn 5
  });

  it('a layer that has not started yet leaves the lower layer in charge', () => {
    const s = schedule([{ members: ['old'] }, { members: ['new'], start: '2025-02-01' }]);
    expect(onCallAt(s, at('2025-01-31T12:00:00Z'))).toEqual(['old']);
    expect(onCallAt(s, at('2025-02-01T01:00:00Z'))).toEqual(['new']);
  });
});

describe('restrictions', () => {
  const dayOnly = schedule([{ members: ['a'], restrictions: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' }] }]);

  it('a day-only team has someone on weekdays 08:00-18:00 and nobody otherwise', () => {
    expect(onCallAt(dayOnly, at('2025-01-07T00:59:59Z'))).toEqual([]); // Tue 07:59:59
    expect(onCallAt(dayOnly, at('2025-01-07T01:00:00Z'))).toEqual(['a']);
    expect(onCallAt(dayOnly, at('2025-01-07T10:59:59Z'))).toEqual(['a']);
    expect(onCallAt(dayOnly, at('2025-01-07T11:00:00Z'))).toEqual([]); // Tue 18:00
    expect(onCallAt(dayOnly, at('2025-01-11T03:00:00Z'))).toEqual([]); // Saturday
  });

  it('a window that runs past midnight belongs to the day it starts on', () => {
    const nights = schedule([{ members: ['a'], restrictions: [{ days: ['fri'], from: '22:00', to: '06:00' }] }]);
    expect(onCallAt(nights, at('2025-01-10T15:00:00Z'))).toEqual(['a']); // Fri 22:00
    expect(onCallAt(nights, at('2025-01-10T22:59:59Z'))).toEqual(['a']); // Sat 05:59:59
    expect(onCallAt(nights, at('2025-01-10T23:00:00Z'))).toEqual([]); // Sat 06:00
    expect(onCallAt(nights, at('2025-01-11T15:00:00Z'))).toEqual([]); // Sat 22:00
    expect(onCallAt(nights, at('2025-01-09T20:00:00Z'))).toEqual([]); // Fri 03:00 (Thursday night)
  });
});

describe('overrides', () => {
  const base = schedule([{}]);
  const monday = { start: at('2025-01-06T01:00:00Z'), end: at('2025-01-07T01:00:00Z') }; // a's turn

  it('a swap takes the whole slot for its interval, [start, end)', () => {
    const s = { ...base, overrides: [{ ...monday, start: at('2025-01-06T05:00:00Z'), responder: 'x' }] };
    expect(onCallAt(s, at('2025-01-06T04:59:59Z'))).toEqual(['a']);
    expect(onCallAt(s, at('2025-01-06T05:00:00Z'))).toEqual(['x']);
    expect(onCallAt(s, at('2025-01-07T00:59:59Z'))).toEqual(['x']);
    expect(onCallAt(s, at('2025-01-07T01:00:00Z'))).toEqual(['b']);
  });

  it('a cover replaces only the named responder, and changes nothing when they are not on call', () => {
    const s = { ...base, overrides: [{ start: monday.start, end: at('2025-01-08T01:00:00Z'), responder: 'x', replaces: 'a' }] };
    expect(onCallAt(s, at('2025-01-06T12:00:00Z'))).toEqual(['x']);
    expect(onCallAt(s, at('2025-01-07T12:00:00Z'))).toEqual(['b']); // b's turn: the cover does not apply
  });

  it('a later override wins over an earlier one', () => {
    const s = { ...base, overrides: [{ ...monday, responder: 'x' }, { ...monday, responder: 'y' }] };
    expect(onCallAt(s, at('2025-01-06T12:00:00Z'))).toEqual(['y']);
  });

  it('an override fills a gap', () => {
    const dayOnly = schedule([{ members: ['a'], restrictions: [{ days: ['mon'], from: '08:00', to: '18:00' }] }]);
    const s = { ...dayOnly, overrides: [{ start: at('2025-01-06T11:00:00Z'), end: at('2025-01-06T15:00:00Z'), responder: 'x' }] };
    expect(onCallAt(s, at('2025-01-06T12:00:00Z'))).toEqual(['x']);
  });
});

describe('shifts', () => {
  it('lists each continuous shift, clipped to the window, with flags where it was clipped', () => {
    const s = schedule([{}]);
    const list = shifts(s, at('2025-01-06T12:00:00Z'), at('2025-01-08T12:00:00Z'));
    expect(list.map((x) => [x.responderId, x.start.toISOString(), x.end.toISOString(), x.startsBeforeWindow, x.endsAfterWindow])).toEqual([
      ['a', '2025-01-06T12:00:00.000Z', '2025-01-07T01:00:00.000Z', true, false],
      ['b', '2025-01-07T01:00:00.000Z', '2025-01-08T01:00:00.000Z', false, false],
      ['c', '2025-01-08T01:00:00.000Z', '2025-01-08T12:00:00.000Z', false, true],
    ]);
  });

  it('splits shifts at restrictions and overrides, and merges a responder\'s adjacent turns', () => {
    const s = schedule(
      [
        { members: ['a'] }, // one member: one long turn after another
        { rotation: { kind: 'weekly' }, members: ['day'], restrictions: [{ days: ['mon'], from: '08:00', to: '18:00' }] },
      ],
      { overrides: [{ start: at('2025-01-07T03:00:00Z'), end: at('2025-01-07T05:00:00Z'), responder: 'x', replaces: 'a' }] },
    );
    const list = shifts(s, at('2025-01-06T00:00:00Z'), at('2025-01-08T00:00:00Z'));
    expect(list.map((x) => [x.responderId, x.start.toISOString(), x.end.toISOString()])).toEqual([
      ['day', '2025-01-06T01:00:00.000Z', '2025-01-06T11:00:00.000Z'],
      ['a', '2025-01-06T11:00:00.000Z', '2025-01-07T03:00:00.000Z'],
      ['x', '2025-01-07T03:00:00.000Z', '2025-01-07T05:00:00.000Z'],
      ['a', '2025-01-07T05:00:00.000Z', '2025-01-08T00:00:00.000Z'],
    ]);
    expect(list[list.length - 1].endsAfterWindow).toBe(true);
  });

  it('segments cover the window without holes, including time with nobody', () => {
    const s = schedule([{ restrictions: [{ days: ['mon'], from: '08:00', to: '18:00' }] }]);
    const from = at('2025-01-05T00:00:00Z');
    const to = at('2025-01-08T00:00:00Z');
    const segments = scheduleSegments(s, from, to);
    expect(segments[0].start).toEqual(from);
    expect(segments[segments.length - 1].end).toEqual(to);
    segments.slice(1).forEach((seg, i) => expect(seg.start).toEqual(segments[i].end));
    expect(segments.map((x) => x.responders)).toEqual([[], ['a'], []]);
  });
});

describe('zone-correct hand-offs', () => {
  // Bangkok has no DST; a zone that has one shows daily hand-offs keep their local time.
  it('keeps 08:00 local across a DST change and counts the short day as one turn', () => {
    const s = schedule([{ start: '2025-03-29' }], { timeZone: 'Europe/Berlin' }); // DST starts 2025-03-30
    expect(onCallAt(s, at('2025-03-29T07:00:00Z'))).toEqual(['a']); // Saturday 08:00 CET
    expect(onCallAt(s, at('2025-03-30T05:59:59Z'))).toEqual(['a']); // Sunday 07:59:59 CEST
    expect(onCallAt(s, at('2025-03-30T06:00:00Z'))).toEqual(['b']); // 08:00 CEST: 23 h after the last hand-off
    expect(onCallAt(s, at('2025-03-31T06:00:00Z'))).toEqual(['c']);
  });
});
