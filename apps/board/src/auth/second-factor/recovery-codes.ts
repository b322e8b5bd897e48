import { createHash, randomBytes } from 'node:crypto';

/**
 * Recovery codes: for the day the phone with the authenticator is lost. Each works once. They are
 * about 49 random bits each (not guessable within the login throttle), so a plain SHA-256 is enough to store
 * them; a slow hash is for passwords people choose.
 */
export const RECOVERY_CODE_COUNT = 10;

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i: read off paper without doubt

/** `xxxxx-xxxxx`, lower case. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = [...randomBytes(10)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The same code however it was typed: case, spaces and dashes do not matter. */
export const recoveryCodeHash = (code: string): string =>
  createHash('sha256').update(code.toLowerCase().replace(/[\s-]/g, '')).digest('hex');
