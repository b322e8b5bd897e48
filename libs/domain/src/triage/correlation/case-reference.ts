import { toAsciiDigits } from '../text/digits';

/**
 * Short case references a reporter or responder can read out or type back: "CR-" and four
 * characters from an alphabet without 0/O, 1/I/L. Deterministic (FNV-1a of the incident id), so
 * every service derives the same reference; 31^4 ≈ 920,000 values is plenty for the incidents open
 * at one time, and correlation matches the reference stored with the incident anyway.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function caseReference(incidentId: string): string {
  let n = fnv1a(incidentId) % ALPHABET.length ** 4;
  let code = '';
  for (let i = 0; i < 4; i++) {
    code = ALPHABET[n % ALPHABET.length] + code;
    n = Math.floor(n / ALPHABET.length);
  }
  return `CR-${code}`;
}

const REFERENCE = /(?<![a-z0-9])cr[\s\-_:#.]*([a-z0-9]{4})(?![a-z0-9])/giu;

/** The first case reference quoted in a text ("CR-7K3P", "cr 7k3p", "เคส CR7K3P"), canonical. */
export function extractCaseReference(text: string): string | undefined {
  for (const m of toAsciiDigits(text ?? '').matchAll(REFERENCE)) {
    const code = m[1].toUpperCase();
    if ([...code].every((c) => ALPHABET.includes(c))) return `CR-${code}`;
  }
  return undefined;
}
