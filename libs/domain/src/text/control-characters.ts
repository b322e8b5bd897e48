/**
 * C0 control characters and DEL, except tab, line feed and carriage return (which notes and messages
 * legitimately hold). A NUL in particular cannot be stored by PostgreSQL and would fail every
 * attempt to file the tip after it was accepted.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const ALL_CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTERS.source, 'g');

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/** The message as the person meant it: what a phone or LINE sent, with the control characters taken out. */
export function withoutControlCharacters(text: string): string {
  return text.replace(ALL_CONTROL_CHARACTERS, '');
}
