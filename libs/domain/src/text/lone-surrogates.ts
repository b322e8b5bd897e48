/**
 * Half of a UTF-16 surrogate pair with no other half: JSON can carry it ("\ud83d"), JavaScript
 * strings hold it, but it is no character, and PostgreSQL refuses it in jsonb, failing the write after
 * the request was accepted.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasLoneSurrogates(text: string): boolean {
  return LONE_SURROGATE.test(text);
}
