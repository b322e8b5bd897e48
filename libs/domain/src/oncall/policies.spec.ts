import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDirectory } from './parse-directory';
import { freezePolicy, selectPolicy } from './policies';

const dir = parseDirectory(readFileSync(join(__dirname, '__fixtures__/small-directory.yaml'), 'utf8'));

describe('selectPolicy', () => {
  it('prefers the policy naming the district over the "*" fallback', () => {
    expect(selectPolicy(dir, 'mae-sai', 'P1')?.id).toBe('mae-sai-p1');
    expect(selectPolicy(dir, 'mae-sai', 'P2')?.id).toBe('mae-sai-p2');
    expect(selectPolicy(dir, 'mae-sai', 'P3')?.id).toBe('mae-sai-p2');
  });

  it('falls back to "*" for a district without its own policy', () => {
    expect(selectPolicy(dir, 'mae-chan', 'P1')?.id).toBe('fallback');
    expect(selectPolicy(dir, 'mae-chan', 'P2')?.id).toBe('fallback');
  });

  it('has no policy where nothing matches, and never for P4', () => {
    expect(selectPolicy(dir, 'mae-chan', 'P3')).toBeUndefined();
    expect(selectPolicy(dir, 'mae-sai', 'P4')).toBeUndefined();
  });
});

describe('freezePolicy', () => {
  it('is a deep copy that later directory edits do not reach', () => {
    const policy = selectPolicy(dir, 'mae-sai', 'P1')!;
    const frozen = freezePolicy(policy);
    expect(frozen).toEqual(policy);
    policy.chains[0].steps[0].waitMinutes = 99;
    policy.chains[0].steps[0].targets.push({ coordinators: true });
    expect(frozen.chains[0].steps[0]).toEqual({ waitMinutes: 5, targets: [{ schedule: 'police-primary' }] });
    policy.chains[0].steps[0].waitMinutes = 5; // the fixture is shared within this file
    policy.chains[0].steps[0].targets.pop();
  });

  it('cannot be changed by mistake, and survives a JSON round trip (it is stored in PostgreSQL)', () => {
    const frozen = freezePolicy(selectPolicy(dir, 'mae-sai', 'P1')!);
    expect(Object.isFrozen(frozen.chains[0].steps[0].targets)).toBe(true);
    expect(() => {
      (frozen.chains[0].steps[0] as { waitMinutes: number }).waitMinutes = 1;
    }).toThrow(TypeError);
    expect(JSON.parse(JSON.stringify(frozen))).toEqual(frozen);
  });
});
