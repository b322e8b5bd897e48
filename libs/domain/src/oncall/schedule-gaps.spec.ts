import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDirectory } from './parse-directory';
import { scheduleGaps } from './schedule-gaps';

const dir = parseDirectory(readFileSync(join(__dirname, '__fixtures__/small-directory.yaml'), 'utf8'));
const iso = (d: Date) => d.toISOString();

describe('scheduleGaps', () => {
  it('reports, ahead of time, when a day-only schedule has nobody', () => {
    // Friday 2025-01-10 00:00 Bangkok to Tuesday 00:00 Bangkok
    const gaps = scheduleGaps(dir, new Date('2025-01-09T17:00:00Z'), new Date('2025-01-13T17:00:00Z'));
    expect(gaps.map((g) => [g.scheduleId, iso(g.start), iso(g.end)])).toEqual([
      ['ngo-day', '2025-01-09T17:00:00.000Z', '2025-01-10T01:00:00.000Z'], // Friday before 08:00
      ['ngo-day', '2025-01-10T11:00:00.000Z', '2025-01-13T01:00:00.000Z'], // Friday 18:00 to Monday 08:00
      ['ngo-day', '2025-01-13T11:00:00.000Z', '2025-01-13T17:00:00.000Z'], // Monday evening
    ]);
    expect(gaps[0]).toMatchObject({ role: 'ngo', districts: ['mae-sai'] });
  });

  it('reports the time before a schedule starts', () => {
    const gaps = scheduleGaps(dir, new Date('2025-01-05T00:00:00Z'), new Date('2025-01-06T02:00:00Z'));
    expect(gaps.filter((g) => g.scheduleId === 'police-primary').map((g) => [iso(g.start), iso(g.end)])).toEqual([
      ['2025-01-05T00:00:00.000Z', '2025-01-06T01:00:00.000Z'],
    ]);
  });

  it('reports nothing for schedules that are always covered', () => {
    const gaps = scheduleGaps(dir, new Date('2025-02-01T00:00:00Z'), new Date('2025-03-01T00:00:00Z'));
    expect(new Set(gaps.map((g) => g.scheduleId))).toEqual(new Set(['ngo-day']));
  });
});
