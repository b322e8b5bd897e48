import { chainStep } from './escalation-plan';
import { planRedispatch, waitOfStep, withChainRestarted, withStepInserted } from './plan-edits';
import { EscalationPolicy } from './types';

const step = (schedule: string, waitMinutes = 5) => ({ waitMinutes, targets: [{ schedule }] });
const maeSaiP1: EscalationPolicy = {
  id: 'mae-sai-p1', districts: ['mae-sai'], priorities: ['P1'], repeat: 1,
  chains: [
    { role: 'police', required: true, steps: [step('ms-police'), step('ms-police-backup'), { waitMinutes: 5, targets: [{ coordinators: true }] }] },
    { role: 'ngo', required: true, steps: [step('ms-ngo'), step('ms-ngo-backup')] },
    { role: 'liaison', required: false, steps: [step('tachileik')] },
  ],
};
const maeSaiP2: EscalationPolicy = {
  id: 'mae-sai-p2', districts: ['mae-sai'], priorities: ['P2'], repeat: 1,
  chains: [
    { role: 'ngo', required: true, steps: [step('ms-ngo', 15), step('ms-ngo-backup', 15)] },
    { role: 'police', required: false, steps: [step('ms-police', 15)] },
  ],
};
const chiangKhongP1: EscalationPolicy = {
  ...maeSaiP1, id: 'chiang-khong-p1', districts: ['chiang-khong'],
  chains: [
    { role: 'police', required: true, steps: [step('ck-police'), step('ck-police-backup')] },
    { role: 'ngo', required: true, steps: [step('ck-ngo')] },
  ],
};
const scheduleAt = (policy: EscalationPolicy, role: string, index: number) => {
  const s = chainStep(policy, role, index);
  return 'exhausted' in s ? 'exhausted' : (s.step.targets[0] as { schedule?: string }).schedule ?? 'coordinators';
};

describe('reassigning a role (a step inserted at the chain position)', () => {
  it('pages the chosen responder next and then carries on with the step that would have come, repeats included', () => {
    // police has run steps 1 and 2 (index 0, 1); the coordinator reassigns to Wichai.
    const plan = withStepInserted(maeSaiP1, 'police', 2, { waitMinutes: 5, targets: [{ responders: ['wichai'] }] });
    expect(plan.repeat).toBe(0);
    expect(scheduleAt(plan, 'police', 0)).toBe('ms-police'); // what ran keeps its index
    expect(scheduleAt(plan, 'police', 1)).toBe('ms-police-backup');
    expect(chainStep(plan, 'police', 2)).toMatchObject({ step: { targets: [{ responders: ['wichai'] }] } });
    expect(scheduleAt(plan, 'police', 3)).toBe('coordinators');
    expect(scheduleAt(plan, 'police', 4)).toBe('ms-police'); // the repeat round, written out
    expect(scheduleAt(plan, 'police', 7)).toBe('exhausted');
    // Other chains mean the same at every index.
    for (let i = 0; i < 6; i++) expect(scheduleAt(plan, 'ngo', i)).toBe(scheduleAt(maeSaiP1, 'ngo', i));
    expect(scheduleAt(plan, 'ngo', 4)).toBe('exhausted');
  });

  it('revives an exhausted chain: after the chosen responder it is exhausted again', () => {
    // Exhausted: 6 steps ran, the chain's step is 7 (one past the end).
    const plan = withStepInserted(maeSaiP1, 'police', 7, { waitMinutes: 5, targets: [{ responders: ['wichai'] }] });
    expect(chainStep(plan, 'police', 7)).toMatchObject({ step: { targets: [{ responders: ['wichai'] }] } });
    expect(scheduleAt(plan, 'police', 8)).toBe('exhausted');
  });

  it('gives the new page the wait of the step the chain is at', () => {
    expect(waitOfStep(maeSaiP2, 'ngo', 1)).toBe(15);
    expect(waitOfStep(maeSaiP1, 'police', 9)).toBe(5); // past the end: the last step's
  });
});

describe('re-dispatch after a triage correction', () => {
  const rows = [
    { role: 'police', required: true, state: 'pending', step: 1 },
    { role: 'ngo', required: true, state: 'accepted', step: 1 },
    { role: 'liaison', required: false, state: 'informed', step: 1 },
  ];

  it('pages the new district for every role not accepted, from a fresh index (nothing renumbered)', () => {
    const plan = planRedispatch(maeSaiP1, chiangKhongP1, rows, { districtChanged: true, raised: false })!;
    expect(plan.restart).toEqual([{ role: 'police', required: true }]);
    expect(plan.add).toEqual([]);
    expect(plan.policy.id).toBe('chiang-khong-p1');
    expect(scheduleAt(plan.policy, 'police', 0)).toBe('ms-police');
    expect(scheduleAt(plan.policy, 'police', 1)).toBe('ck-police');
    expect(scheduleAt(plan.policy, 'police', 2)).toBe('ck-police-backup');
    // The accepted NGO chain and the liaison chain the new policy does not name are left as they were.
    expect(scheduleAt(plan.policy, 'ngo', 0)).toBe('ms-ngo');
    expect(scheduleAt(plan.policy, 'liaison', 0)).toBe('tachileik');
  });

  it('on a higher priority pages the roles newly required and new roles, not the ones already escalating', () => {
    const p2rows = [
      { role: 'ngo', required: true, state: 'pending', step: 1 },
      { role: 'police', required: false, state: 'informed', step: 1 },
    ];
    const plan = planRedispatch(maeSaiP2, maeSaiP1, p2rows, { districtChanged: false, raised: true })!;
    expect(plan.restart).toEqual([{ role: 'police', required: true }]);
    expect(plan.add).toEqual([{ role: 'liaison', required: false }]);
    expect(plan.policy.chains.find((c) => c.role === 'police')!.required).toBe(true);
    expect(scheduleAt(plan.policy, 'police', 1)).toBe('ms-police'); // the primary, as a page now, at step 2
    expect(scheduleAt(plan.policy, 'liaison', 0)).toBe('tachileik');
    expect(chainStep(plan.policy, 'ngo', 0)).toMatchObject({ step: { waitMinutes: 15 } }); // running chain unchanged
  });

  it('pages nobody new when the priority only goes down', () => {
    expect(planRedispatch(maeSaiP1, maeSaiP2, rows, { districtChanged: false, raised: false })).toBeUndefined();
  });

  it('changes nothing when every role of the new district is already accepted', () => {
    const accepted = rows.map((r) => ({ ...r, state: 'accepted' }));
    expect(planRedispatch(maeSaiP1, chiangKhongP1, accepted, { districtChanged: true, raised: false })).toBeUndefined();
  });

  it('restarts an informational role of a new district too (its old district was told)', () => {
    const withLiaison = { ...chiangKhongP1, chains: [...chiangKhongP1.chains, { role: 'liaison', required: false, steps: [step('bokeo')] }] };
    const plan = planRedispatch(maeSaiP1, withLiaison, rows, { districtChanged: true, raised: false })!;
    expect(plan.restart.map((r) => r.role)).toEqual(['police', 'liaison']);
    expect(scheduleAt(plan.policy, 'liaison', 1)).toBe('bokeo');
  });
});
