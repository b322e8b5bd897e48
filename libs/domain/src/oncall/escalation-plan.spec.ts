import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chainStep, nextNonEmptyStep } from './escalation-plan';
import { parseDirectory } from './parse-directory';
import { freezePolicy, selectPolicy } from './policies';

const dir = parseDirectory(readFileSync(join(__dirname, '__fixtures__/small-directory.yaml'), 'utf8'));
const p1 = freezePolicy(selectPolicy(dir, 'mae-sai', 'P1')!); // police: 3 steps, ngo: 2 steps, repeat 1
const monday10 = new Date('2025-01-06T03:00:00Z');
const mondayNight = new Date('2025-01-06T15:00:00Z'); // the day-only NGO has nobody

describe('chainStep', () => {
  it('walks the steps, then starts again from step 0 `repeat` more times, then is exhausted', () => {
    const walk = [0, 1, 2, 3, 4, 5].map((i) => chainStep(p1, 'police', i));
    expect(walk.map((s) => ('exhausted' in s ? 'x' : `${s.index}:${s.position}:${s.round}`))).toEqual(['0:0:0', '1:1:0', '2:2:0', '3:0:1', '4:1:1', '5:2:1']);
    expect(chainStep(p1, 'police', 3)).toMatchObject({ step: p1.chains[0].steps[0] });
    expect(chainStep(p1, 'police', 6)).toEqual({ exhausted: true });
  });

  it('with repeat 0 is exhausted after the last step', () => {
    const once = { ...p1, repeat: 0 };
    expect(chainStep(once, 'police', 2)).toMatchObject({ position: 2, round: 0 });
    expect(chainStep(once, 'police', 3)).toEqual({ exhausted: true });
  });

  it('is exhausted for a role the policy has no chain for, or a nonsense index', () => {
    expect(chainStep(p1, 'liaison', 0)).toEqual({ exhausted: true });
    expect(chainStep(p1, 'police', -1)).toEqual({ exhausted: true });
    expect(chainStep(p1, 'police', 1.5)).toEqual({ exhausted: true });
  });
});

describe('nextNonEmptyStep', () => {
  it('returns the step and who it pages; step 2 pages someone else than step 1', () => {
    const first = nextNonEmptyStep(dir, p1, 'police', 0, monday10);
    const second = nextNonEmptyStep(dir, p1, 'police', 1, monday10);
    expect(first).toMatchObject({ index: 0, position: 0, step: { waitMinutes: 5 } });
    expect('responders' in first && first.responders.map((r) => r.id)).toEqual(['pol-1']);
    expect('responders' in second && second.responders.map((r) => r.id)).toEqual(['pol-2']);
  });

  it('skips a step with nobody on call at once instead of waiting it out', () => {
    const next = nextNonEmptyStep(dir, p1, 'ngo', 0, mondayNight);
    expect(next).toMatchObject({ index: 1, position: 1, round: 0 });
    expect('responders' in next && next.responders.map((r) => r.id)).toEqual(['coord-1', 'coord-2']);
    // Round 2 skips the empty step the same way.
    expect(nextNonEmptyStep(dir, p1, 'ngo', 2, mondayNight)).toMatchObject({ index: 3, position: 1, round: 1 });
  });

  it('is exhausted when every remaining step is empty or the chain has run out', () => {
    const ngoOnly = { ...p1, chains: [{ ...p1.chains[1], steps: [p1.chains[1].steps[0]] }] };
    expect(nextNonEmptyStep(dir, ngoOnly, 'ngo', 0, mondayNight)).toEqual({ exhausted: true });
    expect(nextNonEmptyStep(dir, p1, 'police', 6, monday10)).toEqual({ exhausted: true });
  });

  it('uses the frozen steps even after the directory policy changes', () => {
    const frozen = freezePolicy(selectPolicy(dir, 'mae-sai', 'P1')!);
    const edited = { ...dir, policies: dir.policies.map((p) => (p.id === 'mae-sai-p1' ? { ...p, chains: [] } : p)) };
    expect(nextNonEmptyStep(edited, frozen, 'police', 0, monday10)).toMatchObject({ index: 0 });
  });
});
