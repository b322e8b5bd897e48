import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layerDirectoryEdits } from './directory-edits';
import { onCall } from './on-call';
import { parseDirectory } from './parse-directory';
import { scheduleGaps } from './schedule-gaps';
import { resolveTargets } from './targets';
import { Responder } from './types';

const base = parseDirectory(readFileSync(join(__dirname, '__fixtures__/small-directory.yaml'), 'utf8'));
const monday10 = new Date('2025-01-06T03:00:00Z'); // pol-1 primary, pol-2 backup
const ids = (entries: { responderId: string }[]) => entries.map((e) => e.responderId);
const pol3 = base.responders.find((r) => r.id === 'pol-3')!;
const newcomer: Responder = {
  id: 'pol-9', name: 'Police Nine', organization: 'police-a', roles: ['police'], districts: ['mae-sai'], languages: ['en'], channels: { sms: '+66800000009' },
};
const none = { responders: [], overrides: [] };

describe('layerDirectoryEdits', () => {
  it('without edits is the file', () => {
    const layered = layerDirectoryEdits(base, none);
    expect(layered.problems).toEqual([]);
    expect(layered.directory.responders).toEqual(base.responders);
    expect(layered.responders.every((r) => r.active)).toBe(true);
  });

  it('an override covering now puts the cover on call for that role and district, and only in its interval', () => {
    const cover = { id: 'o1', schedule: 'police-primary', start: new Date('2025-01-06T02:00:00Z'), end: new Date('2025-01-06T05:00:00Z'), responder: 'pol-3', replaces: 'pol-1' };
    const { directory, problems } = layerDirectoryEdits(base, { responders: [], overrides: [cover] });
    expect(problems).toEqual([]);
    expect(ids(onCall(directory, { district: 'mae-sai', role: 'police', at: monday10 }))).toEqual(['pol-3', 'pol-2']);
    expect(ids(onCall(directory, { district: 'mae-sai', role: 'police', at: new Date('2025-01-06T05:00:00Z') }))).toEqual(['pol-1', 'pol-2']);
    // The file's directory object is not changed.
    expect(ids(onCall(base, { district: 'mae-sai', role: 'police', at: monday10 }))).toEqual(['pol-1', 'pol-2']);
  });

  it('adds a responder and replaces a file responder by id', () => {
    const renamed = { ...pol3, name: 'Police Three (new name)', channels: { line: 'U00000000000000000000000000000003' } };
    const { directory, problems } = layerDirectoryEdits(base, { responders: [{ responder: newcomer, active: true }, { responder: renamed, active: true }], overrides: [] });
    expect(problems).toEqual([]);
    expect(directory.responders.find((r) => r.id === 'pol-9')).toEqual(newcomer);
    expect(directory.responders.filter((r) => r.id === 'pol-3')).toEqual([renamed]);
    expect(directory.responders).toHaveLength(base.responders.length + 1);
  });

  it('a deactivated responder is never paged: their turns become gaps, which an override can cover', () => {
    const pol1 = base.responders.find((r) => r.id === 'pol-1')!;
    const { directory, responders, problems } = layerDirectoryEdits(base, { responders: [{ responder: pol1, active: false }], overrides: [] });
    expect(problems).toEqual([]);
    expect(responders.find((r) => r.id === 'pol-1')?.active).toBe(false);
    expect(ids(onCall(directory, { district: 'mae-sai', role: 'police', at: monday10 }))).toEqual(['pol-2']);
    expect(resolveTargets(directory, [{ team: 'police-a-team' }], { at: monday10 }).map((r) => r.id)).toEqual(['pol-2', 'pol-3']);
    const gaps = scheduleGaps(directory, new Date('2025-01-06T01:00:00Z'), new Date('2025-01-08T01:00:00Z'));
    expect(gaps.filter((g) => g.scheduleId === 'police-primary').map((g) => [g.start.toISOString(), g.end.toISOString()])).toEqual([
      ['2025-01-06T01:00:00.000Z', '2025-01-07T01:00:00.000Z'],
    ]);

    const cover = { id: 'o1', schedule: 'police-primary', start: new Date('2025-01-06T01:00:00Z'), end: new Date('2025-01-07T01:00:00Z'), responder: 'pol-3', replaces: 'pol-1' };
    const covered = layerDirectoryEdits(base, { responders: [{ responder: pol1, active: false }], overrides: [cover] });
    expect(ids(onCall(covered.directory, { district: 'mae-sai', role: 'police', at: monday10 }))).toEqual(['pol-3', 'pol-2']);
  });

  it('reactivating brings the responder back', () => {
    const pol1 = base.responders.find((r) => r.id === 'pol-1')!;
    const { directory } = layerDirectoryEdits(base, { responders: [{ responder: pol1, active: false }, { responder: pol1, active: true }], overrides: [] });
    expect(ids(onCall(directory, { district: 'mae-sai', role: 'police', at: monday10 }))).toEqual(['pol-1', 'pol-2']);
  });

  it('leaves out an edit that does not fit, naming its field, and keeps the rest', () => {
    const shared = { ...newcomer, channels: { sms: '+66800000002' } }; // pol-2's phone
    const noOrg = { ...newcomer, id: 'pol-8', organization: 'nowhere', channels: { sms: '+66800000008' } };
    const noRole = { ...pol3, roles: ['ngo'] }; // pol-3 is in a team only: allowed
    const pol1NoPolice = { ...base.responders.find((r) => r.id === 'pol-1')!, roles: ['ngo'] }; // scheduled for police
    const { directory, problems } = layerDirectoryEdits(base, {
      responders: [
        { responder: shared, active: true },
        { responder: noOrg, active: true },
        { responder: noRole, active: true },
        { responder: pol1NoPolice, active: true },
      ],
      overrides: [],
    });
    expect(problems).toEqual([
      { edit: 'responder pol-9', field: 'channels.sms', message: expect.stringContaining('+66800000002') },
      { edit: 'responder pol-8', field: 'organization', message: 'unknown organization "nowhere"' },
      { edit: 'responder pol-1', field: 'roles', message: expect.stringContaining('does not have the role police of schedule "police-primary"') },
      { edit: 'responder pol-1', field: 'roles', message: expect.stringContaining('police-backup') },
    ]);
    expect(directory.responders.map((r) => r.id)).not.toContain('pol-9');
    expect(directory.responders.find((r) => r.id === 'pol-3')?.roles).toEqual(['ngo']);
    expect(directory.responders.find((r) => r.id === 'pol-1')?.roles).toEqual(['police']);
  });

  it('refuses overrides for an unknown schedule, a responder without the role, a deactivated one, or ending before they start', () => {
    const pol2 = base.responders.find((r) => r.id === 'pol-2')!;
    const at = { start: new Date('2025-01-06T02:00:00Z'), end: new Date('2025-01-06T05:00:00Z') };
    const { problems, directory } = layerDirectoryEdits(base, {
      responders: [{ responder: pol2, active: false }],
      overrides: [
        { id: 'a', schedule: 'nope', responder: 'pol-3', ...at },
        { id: 'b', schedule: 'police-primary', responder: 'ngo-1', ...at },
        { id: 'c', schedule: 'police-primary', responder: 'pol-2', ...at },
        { id: 'd', schedule: 'police-primary', responder: 'pol-3', start: at.end, end: at.start },
        { id: 'e', schedule: 'police-primary', responder: 'pol-3', replaces: 'ghost', ...at },
      ],
    });
    expect(problems).toEqual([
      { edit: 'override a', field: 'schedule', message: 'unknown schedule "nope"' },
      { edit: 'override b', field: 'responder', message: expect.stringContaining('does not have the role police') },
      { edit: 'override c', field: 'responder', message: 'responder "pol-2" is deactivated' },
      { edit: 'override d', field: 'end', message: 'end must be after start' },
      { edit: 'override e', field: 'replaces', message: 'unknown responder "ghost"' },
    ]);
    expect(directory.schedules.find((s) => s.id === 'police-primary')?.overrides).toEqual([]);
  });

  it('never deactivates the last active coordinator', () => {
    const [c1, c2] = ['coord-1', 'coord-2'].map((id) => base.responders.find((r) => r.id === id)!);
    const { problems, directory } = layerDirectoryEdits(base, { responders: [{ responder: c1, active: false }, { responder: c2, active: false }], overrides: [] });
    expect(problems).toEqual([{ edit: 'responder coord-2', field: 'active', message: expect.stringContaining('last active coordinator') }]);
    expect(directory.responders.map((r) => r.id)).toContain('coord-2');
    expect(directory.responders.map((r) => r.id)).not.toContain('coord-1');
  });
});
