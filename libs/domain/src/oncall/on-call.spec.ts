import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onCall } from './on-call';
import { parseDirectory } from './parse-directory';

const dir = parseDirectory(readFileSync(join(__dirname, '__fixtures__/small-directory.yaml'), 'utf8'));
const ids = (entries: { responderId: string }[]) => entries.map((e) => e.responderId);

describe('onCall (GET /v1/oncall)', () => {
  const monday10 = new Date('2025-01-06T03:00:00Z');

  it('answers for a district and role with what the API returns', () => {
    expect(onCall(dir, { district: 'mae-sai', role: 'police', at: monday10 })).toEqual([
      { responderId: 'pol-1', name: 'Police One', role: 'police', organization: 'police-a', channels: { line: 'U00000000000000000000000000000001', sms: '+66800000001' }, scheduleId: 'police-primary' },
      { responderId: 'pol-2', name: 'Police Two', role: 'police', organization: 'police-a', channels: { sms: '+66800000002' }, scheduleId: 'police-backup' },
    ]);
    expect(onCall(dir, { district: 'mae-sai', role: 'ngo', at: monday10 })).toEqual([
      expect.objectContaining({ responderId: 'ngo-1', role: 'ngo', channels: { line: 'U00000000000000000000000000000011' } }),
    ]);
  });

  it('is exact at a hand-off instant', () => {
    const handoff = new Date('2025-01-07T01:00:00Z');
    const primary = (at: Date) => onCall(dir, { district: 'mae-sai', role: 'police', at }).find((e) => e.scheduleId === 'police-primary')?.responderId;
    expect(primary(new Date(handoff.getTime() - 1000))).toBe('pol-1');
    expect(primary(handoff)).toBe('pol-2');
    expect(primary(new Date(handoff.getTime() + 1000))).toBe('pol-2');
  });

  it('returns nobody when the only schedule of the role is off (a day-only NGO at night)', () => {
    expect(onCall(dir, { district: 'mae-sai', role: 'ngo', at: new Date('2025-01-06T15:00:00Z') })).toEqual([]);
  });

  it('falls back to province-wide schedules in a district without its own', () => {
    expect(ids(onCall(dir, { district: 'mae-chan', role: 'police', at: monday10 }))).toEqual(['prov-1']);
    // Mae Sai has its own police schedules: the provincial unit is not listed there.
    expect(ids(onCall(dir, { district: 'mae-sai', role: 'police', at: monday10 }))).not.toContain('prov-1');
  });

  it('without filters lists every schedule, each responder once per role', () => {
    const all = onCall(dir, { at: monday10 });
    expect(all.map((e) => `${e.role}:${e.responderId}`)).toEqual(['police:pol-1', 'police:pol-2', 'ngo:ngo-1', 'police:prov-1']);
  });
});
