import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layerDirectoryEdits } from './directory-edits';
import { compareGaps, ReportedGap } from './gap-reports';
import { parseDirectory } from './parse-directory';
import { scheduleGaps } from './schedule-gaps';
import { ScheduleGap } from './types';

const dir = parseDirectory(readFileSync(join(__dirname, '__fixtures__/small-directory.yaml'), 'utf8'));
const days = (n: number) => n * 86_400_000;
const hours = (n: number) => n * 3_600_000;

/** What a dispatch scan does: find gaps in [now, now + 7 days), report the fresh ones, remember them. */
class FakeScanner {
  reported: ReportedGap[] = [];
  told: ScheduleGap[] = [];
  private next = 1;

  scan(directory: typeof dir, now: Date) {
    const found = scheduleGaps(directory, now, new Date(now.getTime() + days(7)));
    const { fresh, continuing, covered } = compareGaps(found, this.reported);
    this.reported = [
      ...continuing,
      ...fresh.map((g) => ({ id: `gap-${this.next++}`, scheduleId: g.scheduleId, start: g.start, end: g.end })),
    ];
    this.told.push(...fresh);
    return { fresh, covered };
  }
}

describe('compareGaps (each gap is reported once, not every scan)', () => {
  it('reports the gaps of the next days once, however often the scan runs as the clock moves', () => {
    const scanner = new FakeScanner();
    const monday = new Date('2025-01-13T00:00:00Z');
    const first = scanner.scan(dir, monday);
    expect(first.fresh.length).toBeGreaterThan(0);
    expect(new Set(first.fresh.map((g) => g.scheduleId))).toEqual(new Set(['ngo-day']));
    // A scan every 10 minutes for a day: the NGO's nights and weekend were already reported.
    for (let t = monday.getTime() + 600_000; t <= monday.getTime() + days(1); t += 600_000) {
      const { fresh } = scanner.scan(dir, new Date(t));
      // Only the evening that comes into the 7-day window each day is new.
      for (const g of fresh) expect(g.start.getTime()).toBeGreaterThan(monday.getTime() + days(6));
    }
    const toldOnce = scanner.told.map((g) => g.start.toISOString());
    expect(new Set(toldOnce).size).toBe(toldOnce.length);
  });

  it('a gap that runs on past the window (a schedule nobody is left on) is one gap, not one per scan', () => {
    const pol1 = dir.responders.find((r) => r.id === 'pol-1')!;
    const pol2 = dir.responders.find((r) => r.id === 'pol-2')!;
    const nobody = layerDirectoryEdits(dir, { responders: [{ responder: pol1, active: false }, { responder: pol2, active: false }], overrides: [] }).directory;
    const scanner = new FakeScanner();
    const start = new Date('2025-02-03T00:00:00Z');
    for (let t = start.getTime(); t <= start.getTime() + days(10); t += hours(1)) scanner.scan(nobody, new Date(t));
    expect(scanner.told.filter((g) => g.scheduleId === 'police-primary')).toHaveLength(1);
  });

  it('a covered gap is forgotten, so the same hole opening again is reported again', () => {
    const pol1 = dir.responders.find((r) => r.id === 'pol-1')!;
    const off = layerDirectoryEdits(dir, { responders: [{ responder: pol1, active: false }], overrides: [] }).directory;
    const scanner = new FakeScanner();
    const now = new Date('2025-02-03T00:00:00Z');
    const ofPrimary = (gaps: ScheduleGap[]) => gaps.filter((g) => g.scheduleId === 'police-primary');
    expect(ofPrimary(scanner.scan(off, now).fresh).length).toBeGreaterThan(0);
    expect(ofPrimary(scanner.scan(off, now).fresh)).toEqual([]);
    const back = scanner.scan(dir, now);
    expect(back.covered.length).toBeGreaterThan(0);
    expect(ofPrimary(scanner.scan(off, now).fresh).length).toBeGreaterThan(0);
  });

  it('matches by schedule and overlap only', () => {
    const gap = (scheduleId: string, from: number, to: number): ScheduleGap => ({ scheduleId, role: 'police', districts: ['mae-sai'], start: new Date(from), end: new Date(to) });
    const reported: ReportedGap[] = [{ id: 'r1', scheduleId: 'a', start: new Date(100), end: new Date(200) }];
    const result = compareGaps([gap('a', 150, 300), gap('b', 150, 300), gap('a', 200, 250)], reported);
    expect(result.fresh.map((g) => `${g.scheduleId}:${g.start.getTime()}`)).toEqual(['b:150', 'a:200']);
    expect(result.continuing).toEqual([{ id: 'r1', scheduleId: 'a', start: new Date(100), end: new Date(300) }]);
    expect(result.covered).toEqual([]);
  });
});
