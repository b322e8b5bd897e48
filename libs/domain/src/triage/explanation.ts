import { IndicatorMatch, Priority } from './types';

export interface ExplanationParts {
  priority: Priority;
  reason: string;
  outweighed: string[];
  matches: IndicatorMatch[];
  district: string;
  districtSource: string;
  crossBorder: string | null;
  crossBorderWords: string[];
  negated: string[];
}

const quote = (words: string[]) => words.map((w) => `"${w}"`).join(', ');

/** One readable paragraph: the priority and why, which indicators fired on which words, and where. */
export function explain(p: ExplanationParts): string {
  const parts = [`${p.priority}: ${p.reason}.`];
  if (p.outweighed.length) parts.push(`Outweighed: ${p.outweighed.join(', ')}; the higher priority wins.`);
  if (p.matches.length) parts.push(`Indicators: ${p.matches.map((m) => `${m.indicator} (${quote(m.words)})`).join('; ')}.`);
  parts.push(p.district === 'unknown' ? 'District unknown.' : `District ${p.district} (${p.districtSource}).`);
  if (p.crossBorder) parts.push(`Cross-border ${p.crossBorder} (${quote(p.crossBorderWords)}).`);
  if (p.negated.length) parts.push(`Negated, not counted: ${quote(p.negated)}.`);
  return parts.join(' ');
}
