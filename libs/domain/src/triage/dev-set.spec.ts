import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateTriage, parseLabelledTips } from './evaluation';

/**
 * The labelled sets kept in the repository (see their README for the labelling policy and how they
 * were made). Rules are developed against the development set; the held-out set was never used to
 * write a rule, so its figures say how triage does on tips it has not seen.
 */
const FIXTURES = resolve(__dirname, '../../../../test/fixtures/triage');
// Read without an existence check: a missing file must fail the suite, not judge zero tips.
const load = (name: string) => parseLabelledTips(readFileSync(resolve(FIXTURES, name), 'utf8'), name);

describe.each([
  // Development: every rule must hold (the aims of issue 15, and no P1 below P1).
  { set: 'tips-dev.jsonl', perLanguage: 30, p1Recall: 1, toP4: 0, priority: 0.97, district: 0.97, minors: 0.97 },
  // Held out (batch K): what the rules reached on first sight (P1 recall 0.82, no P1 or P2 at P4, priority 0.8875,
  // district 0.975, minors 0.96), as a floor: short of the aim, and said so in the README.
  { set: 'tips-held-out.jsonl', perLanguage: 20, p1Recall: 0.82, toP4: 0, priority: 0.88, district: 0.97, minors: 0.96 },
])('$set', ({ set, perLanguage, p1Recall, toP4, priority, district, minors }) => {
  const tips = load(set);
  const { rows, misses } = evaluateTriage(tips);
  const all = rows.find((r) => r.group === 'all')!;

  it(`has at least ${perLanguage} tips in each of Thai, English, Burmese and Lao`, () => {
    for (const lang of ['th', 'en', 'my', 'lo']) expect(rows.find((r) => r.group === lang)?.tips ?? 0).toBeGreaterThanOrEqual(perLanguage);
  });

  it(`sends at most ${toP4} P1 or P2 to P4`, () => {
    const dropped = misses.filter((m) => m.field === 'priority' && ['P1', 'P2'].includes(String(m.expected)) && m.got === 'P4');
    expect(dropped.map((m) => `${m.id}: ${m.explanation}`).slice(toP4)).toEqual([]); // past the allowance, named
  });

  it(`gets P1 as P1 at least ${p1Recall * 100} % of the time`, () => {
    const missed = misses.filter((m) => m.field === 'priority' && m.expected === 'P1').map((m) => `${m.id}: ${m.explanation}`);
    if (p1Recall === 1) expect(missed).toEqual([]);
    expect(all.p1Recall).toBeGreaterThanOrEqual(p1Recall);
  });

  it(`gets priority, district and minors right for at least ${priority}, ${district} and ${minors} of tips`, () => {
    expect(all.priority).toBeGreaterThanOrEqual(priority);
    expect(all.district).toBeGreaterThanOrEqual(district);
    expect(all.minors).toBeGreaterThanOrEqual(minors);
  });
});
