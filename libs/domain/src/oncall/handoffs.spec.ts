import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layerDirectoryEdits } from './directory-edits';
import { handoffsBetween } from './handoffs';
import { parseDirectory } from './parse-directory';

const dir = parseDirectory(readFileSync(join(__dirname, '__fixtures__/small-directory.yaml'), 'utf8'));
const iso = (d?: Date) => d?.toISOString();
const minutes = (n: number) => n * 60_000;
const handoff = new Date('2025-01-07T01:00:00Z'); // Tuesday 08:00 Bangkok

describe('handoffsBetween (which hand-off notices are due, on a fake clock)', () => {
  const lead = minutes(15);
  const at = (now: Date) => handoffsBetween(dir, now, new Date(now.getTime() + lead));

  it('finds each incoming responder within 15 minutes of the 08:00 hand-off, with the whole shift', () => {
    const due = at(new Date(handoff.getTime() - minutes(14)));
    expect(due.map((h) => [h.scheduleId, h.responderId, iso(h.start), iso(h.end)])).toEqual([
      ['ngo-day', 'ngo-1', '2025-01-07T01:00:00.000Z', '2025-01-07T11:00:00.000Z'], // by day only: 08:00-18:00
      ['police-backup', 'pol-1', '2025-01-07T01:00:00.000Z', '2025-01-08T01:00:00.000Z'],
      ['police-primary', 'pol-2', '2025-01-07T01:00:00.000Z', '2025-01-08T01:00:00.000Z'],
    ]);
    expect(due[0]).toMatchObject({ role: 'ngo', districts: ['mae-sai'], timeZone: 'Asia/Bangkok', scheduleName: 'ngo-day' });
  });

  it('says nothing before the lead time ([now, now + lead) is half-open) and nothing once the shift has begun', () => {
    expect(at(new Date(handoff.getTime() - lead)).filter((h) => h.start.getTime() === handoff.getTime())).toEqual([]);
    expect(at(new Date(handoff.getTime() + 1)).filter((h) => h.start.getTime() === handoff.getTime())).toEqual([]);
  });

  it('every scan inside the lead time sees the same shift (the caller dedupes by it)', () => {
    const scans = [14, 10, 5, 1, 0].map((m) => at(new Date(handoff.getTime() - minutes(m))).filter((h) => h.scheduleId === 'police-primary'));
    for (const found of scans) expect(found.map((h) => `${h.responderId}@${iso(h.start)}`)).toEqual(['pol-2@2025-01-07T01:00:00.000Z']);
  });

  it('a responder already on call is not coming on call; a 12-hour rotation with one member has no hand-off to announce', () => {
    const due = handoffsBetween(dir, new Date('2025-01-07T12:50:00Z'), new Date('2025-01-07T13:05:00Z'));
    expect(due.filter((h) => h.scheduleId === 'provincial-police')).toEqual([]);
  });

  it('an override is a hand-off too: the cover gets a notice for their interval', () => {
    const cover = { id: 'o1', schedule: 'police-primary', start: new Date('2025-01-08T05:00:00Z'), end: new Date('2025-01-08T13:00:00Z'), responder: 'pol-3', replaces: 'pol-1' };
    const layered = layerDirectoryEdits(dir, { responders: [], overrides: [cover] }).directory;
    const due = handoffsBetween(layered, new Date('2025-01-08T04:50:00Z'), new Date('2025-01-08T05:05:00Z'));
    expect(due.map((h) => [h.scheduleId, h.responderId, iso(h.start), iso(h.end)])).toEqual([
      ['police-primary', 'pol-3', '2025-01-08T05:00:00.000Z', '2025-01-08T13:00:00.000Z'],
    ]);
  });

  it('leaves the end open when the shift runs past the horizon', () => {
    const due = handoffsBetween(dir, new Date(handoff.getTime() - lead), new Date(handoff.getTime() + 1), minutes(60));
    expect(due.find((h) => h.scheduleId === 'police-primary')?.end).toBeUndefined();
  });
});
