import { normalizeReplyText } from './normalize-reply-text';
import { ResponderReply, ReplyAction } from './responder-reply';
import { ACTION_LETTERS, ACTION_WORDS, HELP_WORDS, LINK_WORDS, POLITE_PARTICLES, START_WORDS, STOP_WORDS } from './reply-keywords';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?');

// Longest first, so "arrived" wins over "arr" and "ไม่รับ" is never read as "รับ".
const ACTION_PATTERN = Object.entries(ACTION_WORDS)
  .flatMap(([action, words]) => words.map((word) => ({ action: action as ReplyAction, word })))
  .sort((a, b) => b.word.length - a.word.length);

/**
 * `<word> [code] [anything]`: after a code the rest is a remark ("ACK 3 on my way"); without a code
 * the word must stand alone, so a sentence that merely starts with "no" is not a decline.
 */
function matchAction(text: string): ResponderReply | undefined {
  for (const { action, word } of ACTION_PATTERN) {
    const m = new RegExp(`^${escape(word)}\\s?(\\d{1,6})?(?:\\s(.*))?$`, 'u').exec(text);
    if (!m) continue;
    const [, code, rest] = m;
    if (code) return withOtherCodes(withCode(action, code), rest);
    if (!rest) return { kind: action };
  }
  const letter = /^([a-z])\s?(\d{1,6})(?:\s(.*))?$/.exec(text);
  if (letter && ACTION_LETTERS[letter[1]]) return withOtherCodes(withCode(ACTION_LETTERS[letter[1]], letter[2]), letter[3]);
  return undefined;
}

/** "ACK 1 2" or "ACK 1 2, 3": the rest is only more codes (a remark such as "on my way" is not). */
function withOtherCodes(reply: ResponderReply, rest: string | undefined): ResponderReply {
  if (reply.kind === 'unknown' || !rest || !/^\d{1,6}(?:[\s,]+\d{1,6})*$/.test(rest.trim())) return reply;
  return { ...reply, otherCodes: rest.trim().split(/[\s,]+/).map(Number) } as ResponderReply;
}

const PARTICLES = new RegExp(POLITE_PARTICLES.map(escape).join('|'), 'gu');

function withoutParticles(text: string): string {
  return text.replace(PARTICLES, ' ').replace(/\s+/g, ' ').trim();
}

function withCode(action: ReplyAction, digits: string): ResponderReply {
  const code = Number(digits);
  return code >= 1 ? { kind: action, code } : { kind: 'unknown' };
}

/**
 * Reads a responder's answer forgivingly: any case and spacing, Thai, Lao, Burmese or Arabic-Indic
 * digits, "1", "ACK 1", "A1", "ack1", "รับ 1" or a bare "รับ" accept; "NO 1", "N1", "ไม่ว่าง 1"
 * decline; "ARRIVED 1", "ถึงแล้ว 1" report arrival; "LINK ABC123" links a phone or LINE account;
 * STOP/START/HELP are the carrier keywords. Pure: no I/O, no knowledge of which codes exist.
 */
export function parseResponderReply(text: string): ResponderReply {
  const t = withoutParticles(normalizeReplyText(text ?? ''));
  if (!t) return { kind: 'unknown' };
  if (/^\d{1,6}$/.test(t)) return withCode('accept', t);
  if (STOP_WORDS.includes(t)) return { kind: 'stop' };
  if (START_WORDS.includes(t)) return { kind: 'start' };
  if (HELP_WORDS.includes(t)) return { kind: 'help' };
  const link = new RegExp(`^(?:${LINK_WORDS.map(escape).join('|')})\\s?([a-z0-9]{4,16})$`, 'u').exec(t);
  if (link) return { kind: 'link', code: link[1].toUpperCase() };
  return matchAction(t) ?? { kind: 'unknown' };
}
