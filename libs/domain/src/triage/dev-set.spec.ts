import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { triage } from './triage';

/** The labelled development set, kept in the repository (see its README for the labelling policy). */
const DEV_SET = resolve(__dirname, '../../../../test/fixtures/triage/tips-dev.jsonl');

interface LabelledTip {
  id: string;
  channel: string;
  lang: string;
  text: string;
  expected: { priority?: string; district?: string; minors?: boolean; crossBorder?: string | null };
}

// Read without an existence check: a missing file must fail the suite, not judge zero tips.
const tips: LabelledTip[] = readFileSync(DEV_SET, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const results = tips.map((tip) => ({ tip, result: triage({ text: tip.text, channel: tip.channel }) }));

const accuracy = (key: 'priority' | 'district') => {
  const judged = results.filter(({ tip }) => key in tip.expected);
  return judged.filter(({ tip, result }) => result[key] === tip.expected[key]).length / judged.length;
};

describe('development set', () => {
  it('is there', () => {
    expect(tips.length).toBeGreaterThan(0);
  });

  it('gets every P1 as P1', () => {
    const missed = results.filter(({ tip, result }) => tip.expected.priority === 'P1' && result.priority !== 'P1');
    expect(missed.map(({ tip, result }) => `${tip.id}: ${result.explanation}`)).toEqual([]);
  });

  it('sends no P1 or P2 to P4', () => {
    const dropped = results.filter(({ tip, result }) => ['P1', 'P2'].includes(tip.expected.priority ?? '') && result.priority === 'P4');
    expect(dropped.map(({ tip }) => tip.id)).toEqual([]);
  });

  it('gets the priority right for at least 90 % of tips', () => {
    expect(accuracy('priority')).toBeGreaterThanOrEqual(0.9);
  });

  it('gets the district right for at least 95 % of tips', () => {
    expect(accuracy('district')).toBeGreaterThanOrEqual(0.95);
  });

  it('gets minors and cross-border right where labelled', () => {
    for (const key of ['minors', 'crossBorder'] as const) {
      const wrong = results.filter(({ tip, result }) => key in tip.expected && result[key] !== tip.expected[key]);
      expect(wrong.map(({ tip }) => `${tip.id} ${key}`)).toEqual([]);
    }
  });
});
