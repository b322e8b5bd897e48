import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freezePolicy, nextNonEmptyStep, onCall, parseDirectory, selectPolicy } from './index';
import { Directory } from './types';

// The end-to-end tests run on test/fixtures/directory.yaml (see test/support/e2e-env.ts). Their
// expectations hold at any hour only if that file keeps two promises: it is the demo directory but for
// its schedules, and who is on call never changes with the time.
const REPO_ROOT = resolve(__dirname, '../../../..');
const load = (file: string) => parseDirectory(readFileSync(resolve(REPO_ROOT, file), 'utf8'), file);
const demo = load('deploy/directory.yaml');
const testDir = load('test/fixtures/directory.yaml');

const anyInstant = fc.date({ min: new Date('2025-01-06T01:00:00Z'), max: new Date('2030-12-31T16:59:59Z'), noInvalidDate: true });
const districts = (dir: Directory) => [...new Set(dir.schedules.flatMap((s) => s.districts))].filter((d) => d !== '*').concat('wiang-chai');
const roles = (dir: Directory) => [...new Set(dir.schedules.map((s) => s.role))];

/** Everything a test could observe of who is on call at `at`: each district and role, and each policy's steps. */
function coverage(dir: Directory, at: Date) {
  const onCallNow = districts(dir).flatMap((district) =>
    roles(dir).map((role) => `${district}/${role}: ${onCall(dir, { district, role, at }).map((e) => e.responderId).join(',')}`),
  );
  const steps = dir.policies.flatMap((policy) =>
    policy.chains.flatMap((chain) =>
      chain.steps.map((_, i) => {
        const next = nextNonEmptyStep(dir, freezePolicy(policy), chain.role, i, at);
        return `${policy.id}/${chain.role}/${i}: ${'exhausted' in next ? 'exhausted' : `${next.index}=${next.responders.map((r) => r.id).join(',')}`}`;
      }),
    ),
  );
  return [...onCallNow, ...steps];
}

describe('the directory of the end-to-end tests (test/fixtures/directory.yaml)', () => {
  it('has the demo directory`s organisations, responders, teams, coordinators and policies', () => {
    expect(testDir.organizations).toEqual(demo.organizations);
    expect(testDir.responders).toEqual(demo.responders);
    expect(testDir.teams).toEqual(demo.teams);
    expect(testDir.coordinators).toEqual(demo.coordinators);
    expect(testDir.policies).toEqual(demo.policies);
    expect(testDir.schedules.map((s) => [s.id, s.role, s.districts])).toEqual(demo.schedules.map((s) => [s.id, s.role, s.districts]));
  });

  it('has the same people on call, at every step of every policy, at any instant', () => {
    const reference = coverage(testDir, new Date('2026-01-01T00:00:00Z'));
    fc.assert(fc.property(anyInstant, (at) => expect(coverage(testDir, at)).toEqual(reference)), { numRuns: 200 });
  });

  it('has police and NGO on call in every demo district, and a backup other than the primary', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    for (const district of ['mae-sai', 'chiang-khong', 'wiang-kaen', 'chiang-saen', 'mueang-chiang-rai']) {
      for (const role of ['police', 'ngo']) {
        const policy = freezePolicy(selectPolicy(testDir, district, 'P1')!);
        const first = nextNonEmptyStep(testDir, policy, role, 0, at);
        expect('exhausted' in first).toBe(false);
        if ('exhausted' in first) continue;
        const second = nextNonEmptyStep(testDir, policy, role, first.index + 1, at);
        if ('exhausted' in second) continue;
        expect(second.responders.map((r) => r.id)).not.toEqual(first.responders.map((r) => r.id));
      }
    }
  });
});
