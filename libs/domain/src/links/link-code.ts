import { createHash, randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: the code is read out or typed from a note. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 8;

export function newLinkCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** Codes are stored hashed: a database reader cannot link an account with them. */
export function linkCodeHash(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase()).digest('hex');
}
