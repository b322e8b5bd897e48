/**
 * Runs the triage engine over a JSONL file of tips ({id, channel, lang, text}) and prints one JSON
 * line per tip: {id, priority, district, minors, crossBorder, indicators, explanation}. Nothing else
 * goes to stdout (errors go to stderr), so the output can be piped into a scorer.
 *
 *   npm run -s triage:eval -- FILE.jsonl
 */
import { readFileSync } from 'node:fs';
// Relative import: ts-node does not register the @rescue/* path aliases.
import { triage } from '../libs/domain/src/triage';

function main(): number {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run -s triage:eval -- FILE.jsonl\n');
    return 2;
  }
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

process.exitCode = main();
