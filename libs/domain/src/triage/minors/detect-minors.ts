import { TermMatch } from '../lexicon/lexicon';
import { findAges, findUnderAge } from './ages';
import { findGrades } from './grades';

export interface MinorsVerdict {
  minors: boolean;
  /** The words that decided, for the explanation. */
  evidence: string[];
}

/**
 * A child is present when an explicit age is under 18, a school grade is named, or a child word
 * is used, unless every explicit age given is 18 or over ("เด็กเสิร์ฟอายุ 20").
 */
export function detectMinors(text: string, childWords: TermMatch[]): MinorsVerdict {
  const ages = [...findAges(text), ...findUnderAge(text)];
  const under = ages.filter((a) => a.age < 18);
  const grades = findGrades(text);
  const evidence = [...under.map((a) => a.text), ...grades.map((g) => g.text)];
  if (evidence.length) return { minors: true, evidence: [...new Set([...evidence, ...childWords.map((w) => w.text)])] };
  // A child word counts unless an adult age is given right after it ("เด็กเสิร์ฟอายุ 20").
  const children = childWords.filter((w) => !ages.some((a) => a.start >= w.start && a.start - w.end < 20));
  if (children.length) return { minors: true, evidence: [...new Set(children.map((w) => w.text))] };
  return { minors: false, evidence: [] };
}
