import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { coordinators, freezePolicy, nextNonEmptyStep, onCall, parseDirectory, scheduleGaps, selectPolicy } from './index';
import { Priority } from './types';

// The file the apps load by default (DIRECTORY_FILE=deploy/directory.yaml, relative to the repo root).
const REPO_ROOT = resolve(__dirname, '../../../..');
const FILE = 'deploy/directory.yaml';
const dir = parseDirectory(readFileSync(resolve(REPO_ROOT, FILE), 'utf8'), FILE);

const DEMO_DISTRICTS = ['mae-sai', 'chiang-khong', 'wiang-kaen', 'chiang-saen', 'mueang-chiang-rai'];
const CROSS_BORDER = ['mae-sai', 'chiang-khong', 'wiang-kaen', 'chiang-saen'];
// Schedules start on Monday 2025-01-06 at 08:00 Bangkok.
const anyInstant = fc.date({ min: new Date('2025-01-06T01:00:00Z'), max: new Date('2030-12-31T16:59:59Z'), noInvalidDate: true });
const idsOf = (rs: { id: string }[]) => rs.map((r) => r.id);

function stepResponders(district: string, priority: Priority, role: string, index: number, at: Date): string[] {
  const next = nextNonEmptyStep(dir, freezePolicy(selectPolicy(dir, district, priority)!), role, index, at);
  return 'exhausted' in next ? [] : idsOf(next.responders);
}

describe('the demo directory (deploy/directory.yaml)', () => {
  it('has police and NGO on call in every demo district at any instant', () => {
    fc.assert(
      fc.property(anyInstant, (at) => {
        for (const district of DEMO_DISTRICTS) {
          for (const role of ['police', 'ngo']) {
            const found = onCall(dir, { district, role, at });
            if (!found.length) throw new Error(`nobody on call for ${role} in ${district} at ${at.toISOString()}`);
            for (const e of found) expect(e.channels.sms).toMatch(/^\+6680000\d{4}$/);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('pages someone at P1 step 1 and a different person at step 2, for police and NGO, in every demo district', () => {
    fc.assert(
      fc.property(anyInstant, (at) => {
        for (const district of DEMO_DISTRICTS) {
          for (const role of ['police', 'ngo']) {
            const step1 = stepResponders(district, 'P1', role, 0, at);
            const step2 = stepResponders(district, 'P1', role, 1, at);
            expect(step1).toHaveLength(1);
            expect(step2).toHaveLength(1);
            expect(step2).not.toEqual(step1);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('has no gap in any schedule over a year', () => {
    expect(scheduleGaps(dir, new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))).toEqual([]);
  });

  it('requires police and NGO at P1, informs cross-border liaison and PSDHS, and goes to coordinators at step 3', () => {
    for (const district of DEMO_DISTRICTS) {
      const p1 = selectPolicy(dir, district, 'P1')!;
      expect(p1.districts).toEqual([district]);
      const chains = Object.fromEntries(p1.chains.map((c) => [c.role, c]));
      expect(chains.police.required && chains.ngo.required).toBe(true);
      expect(chains.police.steps.map((s) => s.waitMinutes)).toEqual([5, 5, 5]);
      expect(chains.ngo.steps[2].targets).toEqual([{ coordinators: true }]);
      expect(chains.liaison?.required ?? 'no liaison').toBe(CROSS_BORDER.includes(district) ? false : 'no liaison');
      expect(chains['social-worker'].required).toBe(false);
    }
  });

  it('requires only the NGO at P2 (15 min, police informed) and P3 (60 min); P4 is never dispatched', () => {
    for (const district of DEMO_DISTRICTS) {
      const p2 = selectPolicy(dir, district, 'P2')!;
      const p3 = selectPolicy(dir, district, 'P3')!;
      expect(p2.chains.filter((c) => c.required).map((c) => c.role)).toEqual(['ngo']);
      expect(p2.chains.find((c) => c.role === 'police')?.required).toBe(false);
      expect(p2.chains[0].steps.every((s) => s.waitMinutes === 15)).toBe(true);
      expect(p3.chains.map((c) => c.role)).toEqual(['ngo']);
      expect(p3.chains[0].steps.every((s) => s.waitMinutes === 60)).toBe(true);
      expect(selectPolicy(dir, district, 'P4')).toBeUndefined();
    }
  });

  it('sends other districts to the provincial units', () => {
    const at = new Date('2026-03-02T03:00:00Z');
    expect(selectPolicy(dir, 'mae-chan', 'P1')?.id).toBe('provincial-p1');
    expect(stepResponders('mae-chan', 'P1', 'police', 0, at)[0]).toMatch(/^athu-police-/);
    expect(onCall(dir, { district: 'mae-chan', role: 'ngo', at }).map((e) => e.scheduleId)).toEqual(['mueang-ngo', 'mueang-ngo-backup']);
  });

  it('hands Mae Sai police over at 08:00 Bangkok', () => {
    const primary = (iso: string) => stepResponders('mae-sai', 'P1', 'police', 0, new Date(iso))[0];
    const before = primary('2026-03-03T00:59:59Z');
    expect(primary('2026-03-03T01:00:00Z')).not.toBe(before);
    expect(primary('2026-03-02T01:00:00Z')).toBe(before);
  });

  it('applies the Songkran cover and still pages someone else at step 2', () => {
    const at = new Date('2026-04-13T12:00:00Z');
    expect(stepResponders('mae-sai', 'P1', 'police', 0, at)).toEqual(['mae-sai-police-wichai']);
    expect(stepResponders('mae-sai', 'P1', 'police', 1, at)).toEqual(['mae-sai-police-thanakorn']);
  });

  it('has 2-4 responders per role in each demo district, fake contacts, and 2-3 coordinators with phones', () => {
    for (const district of DEMO_DISTRICTS) {
      for (const role of ['police', 'ngo']) {
        const n = dir.responders.filter((r) => r.roles.includes(role) && r.districts.includes(district)).length;
        expect([district, role, n >= 2 && n <= 4]).toEqual([district, role, true]);
      }
    }
    for (const r of dir.responders) {
      expect(r.channels.sms).toMatch(/^\+6680000\d{4}$/);
      if (r.channels.line) expect(r.channels.line).toMatch(/^U[0-9a-f]{32}$/);
    }
    const coords = coordinators(dir);
    expect(coords.length).toBeGreaterThanOrEqual(2);
    expect(coords.length).toBeLessThanOrEqual(3);
    expect(coords.every((c) => c.channels.sms)).toBe(true);
  });
});
