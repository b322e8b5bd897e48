import { triage } from './triage';
import { TriageResult } from './types';

/** A tip with the answer a person gave it (see test/fixtures/triage/README.md). */
export interface LabelledTip {
  id: string;
  channel?: string;
  lang: string;
  text: string;
  expected: { priority?: string; district?: string; minors?: boolean; crossBorder?: string | null };
}

/** How triage did on one group of tips; an accuracy is null when no tip of the group is labelled for it. */
export interface ScoreRow {
  group: string;
  tips: number;
  p1: number;
  p1Recall: number | null;
  /** P1 tips scored P2: still paged, with a longer deadline. */
  p1ToP2: number;
  /** P1 tips scored P3 or P4: the worst error, a coordinator may not look for hours. */
  p1ToP3OrP4: number;
  priority: number | null;
  district: number | null;
  minors: number | null;
  crossBorder: number | null;
}

export interface Miss {
  id: string;
  field: 'priority' | 'district' | 'minors' | 'crossBorder';
  expected: unknown;
  got: unknown;
  explanation: string;
}

export interface Evaluation {
  rows: ScoreRow[];
  misses: Miss[];
}

const FIELDS = ['priority', 'district', 'minors', 'crossBorder'] as const;

/** Triage every tip and score it against its labels: one row per language and one for all. */
export function evaluateTriage(tips: readonly LabelledTip[]): Evaluation {
  const results = tips.map((tip) => ({ tip, result: triage({ text: tip.text, channel: tip.channel }) }));
  const languages = [...new Set(tips.map((t) => t.lang))].sort();
  const rows = [...languages.map((lang) => row(lang, results.filter((r) => r.tip.lang === lang))), row('all', results)];
  const misses = results.flatMap(({ tip, result }) =>
    FIELDS.filter((f) => f in tip.expected && result[f] !== tip.expected[f]).map((field) => ({
      id: tip.id,
      field,
      expected: tip.expected[field],
      got: result[field],
      explanation: result.explanation,
    })),
  );
  return { rows, misses };
}

type Scored = { tip: LabelledTip; result: TriageResult };

function row(group: string, results: Scored[]): ScoreRow {
  const accuracy = (f: (typeof FIELDS)[number]) => {
    const judged = results.filter(({ tip }) => f in tip.expected);
    return judged.length ? judged.filter(({ tip, result }) => result[f] === tip.expected[f]).length / judged.length : null;
  };
  const p1 = results.filter(({ tip }) => tip.expected.priority === 'P1');
  const got = (...ps: string[]) => p1.filter(({ result }) => ps.includes(result.priority)).length;
  return {
    group,
    tips: results.length,
    p1: p1.length,
    p1Recall: p1.length ? got('P1') / p1.length : null,
    p1ToP2: got('P2'),
    p1ToP3OrP4: got('P3', 'P4'),
    priority: accuracy('priority'),
    district: accuracy('district'),
    minors: accuracy('minors'),
    crossBorder: accuracy('crossBorder'),
  };
}

/** Reads a JSONL file's text into labelled tips; a line that is not JSON throws with its number. */
export function parseLabelledTips(jsonl: string, name = 'input'): LabelledTip[] {
  return jsonl
    .split(/\r?\n/)
    .map((line, n) => ({ line, n }))
    .filter(({ line }) => line.trim())
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as LabelledTip;
      } catch (err) {
        throw new Error(`${name}:${n + 1}: not JSON (${(err as Error).message})`);
      }
    });
}
