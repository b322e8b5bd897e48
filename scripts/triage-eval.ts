/**
 * Two ways to run the triage engine over labelled tips:
 *
 *   npm run -s triage:eval                     scorecard of the repository's development and held-out sets
 *   npm run -s triage:eval -- --score A.jsonl  scorecard of the given files (one section each)
 *   npm run -s triage:eval -- FILE.jsonl       one JSON line per tip: {id, priority, district, minors,
 *                                              crossBorder, indicators, explanation}, nothing else on
 *                                              stdout (errors go to stderr), to pipe into a scorer
 *
 * The scorecard gives, per language and for all: P1 recall, P1 tips scored P2 and P3/P4, and the
 * accuracy of priority, district, minors and cross-border; then every miss with its explanation.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
// Relative import: ts-node does not register the @rescue/* path aliases.
import { evaluateTriage, parseLabelledTips, ScoreRow, triage } from '../libs/domain/src/triage';

const FIXTURES = resolve(__dirname, '../test/fixtures/triage');
/** Rules are developed against the first; the second is kept out of rule development. */
const REPOSITORY_SETS = [resolve(FIXTURES, 'tips-dev.jsonl'), resolve(FIXTURES, 'tips-held-out.jsonl')];

function main(args: string[]): number {
  if (args.length === 0) return scorecard(REPOSITORY_SETS);
  if (args[0] === '--score') return args.length > 1 ? scorecard(args.slice(1)) : usage();
  if (args.length === 1 && !args[0].startsWith('-')) return perTip(args[0]);
  return usage();
}

function usage(): number {
  process.stderr.write('usage: npm run -s triage:eval [-- --score FILE.jsonl... | -- FILE.jsonl]\n');
  return 2;
}

function scorecard(files: string[]): number {
  for (const file of files) {
    const { rows, misses } = evaluateTriage(parseLabelledTips(readFileSync(file, 'utf8'), file));
    process.stdout.write(`\n${basename(file)}\n${table(rows)}\n`);
    if (misses.length) process.stdout.write(`misses:\n${misses.map((m) => `  ${m.id} ${m.field}: expected ${m.expected}, got ${m.got} | ${m.explanation}`).join('\n')}\n`);
  }
  return 0;
}

const HEAD = ['lang', 'tips', 'P1', 'P1 recall', 'P1->P2', 'P1->P3/P4', 'priority', 'district', 'minors', 'cross-border'];

function table(rows: ScoreRow[]): string {
  const ratio = (x: number | null) => (x === null ? '-' : x.toFixed(2));
  const cells = rows.map((r) => [r.group, r.tips, r.p1, ratio(r.p1Recall), r.p1ToP2, r.p1ToP3OrP4, ratio(r.priority), ratio(r.district), ratio(r.minors), ratio(r.crossBorder)].map(String));
  const widths = HEAD.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  return [line(HEAD), ...cells.map(line)].join('\n');
}

function perTip(file: string): number {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const out: string[] = [];
  let failures = 0;
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    let tip: { id?: unknown; channel?: string; lang?: string; text?: unknown; location?: unknown };
    try {
      tip = JSON.parse(line);
    } catch (err) {
      failures++;
      process.stderr.write(`${file}:${n + 1}: not JSON (${(err as Error).message})\n`);
      return;
    }
    const r = triage({
      text: typeof tip.text === 'string' ? tip.text : '',
      channel: tip.channel,
      language: tip.lang,
      location: typeof tip.location === 'object' && tip.location ? (tip.location as never) : undefined,
    });
    out.push(
      JSON.stringify({
        id: tip.id,
        priority: r.priority,
        district: r.district,
        minors: r.minors,
        crossBorder: r.crossBorder,
        indicators: r.indicators,
        explanation: r.explanation,
      }),
    );
  });
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
  return failures ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
