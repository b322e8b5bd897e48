import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDirectory } from './parse-directory';
import { coordinators, resolveTargets } from './targets';

const dir = parseDirectory(readFileSync(join(__dirname, '__fixtures__/small-directory.yaml'), 'utf8'));
const ids = (rs: { id: string }[]) => rs.map((r) => r.id);
const monday10 = { at: new Date('2025-01-06T03:00:00Z') };
const mondayNight = { at: new Date('2025-01-06T15:00:00Z') };

describe('resolveTargets', () => {
  it('resolves a schedule to whoever is on call at the time', () => {
    expect(ids(resolveTargets(dir, [{ schedule: 'police-primary' }], monday10))).toEqual(['pol-1']);
    expect(ids(resolveTargets(dir, [{ schedule: 'police-primary' }], { at: new Date('2025-01-07T01:00:00Z') }))).toEqual(['pol-2']);
  });

  it('keeps target order and drops duplicates', () => {
    const targets = [{ schedule: 'police-backup' }, { team: 'police-a-team' }, { responders: ['pol-3', 'coord-2'] }, { coordinators: true as const }];
    expect(ids(resolveTargets(dir, targets, monday10))).toEqual(['pol-2', 'pol-1', 'pol-3', 'coord-2', 'coord-1']);
  });

  it('resolves a step with nobody on call to nobody', () => {
    expect(resolveTargets(dir, [{ schedule: 'ngo-day' }], mondayNight)).toEqual([]);
  });

  it('ignores ids a frozen policy still names after the directory dropped them', () => {
    expect(ids(resolveTargets(dir, [{ schedule: 'gone' }, { team: 'gone' }, { responders: ['gone', 'pol-3'] }], monday10))).toEqual(['pol-3']);
  });
});

describe('coordinators', () => {
  it('lists every coordinator in directory order, with their contacts', () => {
    expect(coordinators(dir).map((c) => [c.id, c.channels.sms])).toEqual([
      ['coord-1', '+66800000091'],
      ['coord-2', '+66800000092'],
    ]);
  });
});
