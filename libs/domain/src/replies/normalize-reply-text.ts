/**
 * Zero digits of the scripts responders type on this border: Thai, Lao, Myanmar (and Shan),
 * Arabic-Indic and Extended Arabic-Indic. Each block runs zero to nine in order.
 */
const DIGIT_ZEROS = [0x0e50, 0x0ed0, 0x1040, 0x1090, 0x0660, 0x06f0];

function toAsciiDigit(char: string): string {
  const cp = char.codePointAt(0)!;
  const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
  return zero === undefined ? char : String(cp - zero);
}

/**
 * Lower-cased, NFKC (full-width letters and digits become ASCII), native digits made ASCII, runs of
 * whitespace collapsed, and the punctuation phones add around a reply ("ACK 3.", "#3", "ack: 3!")
 * (Burmese ၊ ။ too) turned into spaces, so the grammar only has to deal with words and numbers.
 */
export function normalizeReplyText(text: string): string {
  return Array.from(text.normalize('NFKC'), toAsciiDigit)
    .join('')
    .toLowerCase()
    .replace(/[\u200b-\u200d\ufeff]/g, '') // zero-width characters some Thai keyboards insert
    .replace(/[.,!?:;#\-_()[\]"'“”‘’*/\\\u104a\u104b]+/g, ' ') // with Burmese ၊ and ။
    .replace(/\s+/g, ' ')
    .trim();
}
