import fc from 'fast-check';

// Node 20 has it; the TypeScript lib this project targets does not declare it yet.
declare global {
  interface String {
    toWellFormed(): string;
  }
}

/**
 * Building blocks for fuzzing the HTTP edge (test/fuzzing.e2e-spec.ts): generated values that are
 * sometimes what a route expects and sometimes anything at all, requests that record every string
 * they carried, and the checks every answer must pass whatever was sent.
 */

/** Values that broke or nearly broke edges elsewhere: control characters, injections, odd dates and numbers, scripts. */
export const NASTY_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\u0007\u001b[31m', '\u202e', '\ufeff', '\r\nX-Injected: 1', '\n', '\t',
  "' OR '1'='1", "'; DROP TABLE users; --", '" OR ""="', '\\', '%', '%00', '%zz', '../../etc/passwd', '/', '*', '?', '#', ',', ',,,',
  '__proto__', 'constructor', 'prototype', 'toString', '{{7*7}}', '${7*7}', '<script>alert(1)</script>',
  'NaN', 'Infinity', '-1', '0', '1.5', '1e309', '0x10', '9'.repeat(40),
  'P1', 'P5', 'police', 'ngo', 'mae-sai', 'Mae Sai', 'แม่สาย', 'unknown', 'open', 'resolved,review',
  '0000-01-01T00:00', '9999-12-31T23:59:59+14:00', '2026-02-30T08:00', '2026-03-02T08:00', '1970-01-01T00:00:00Z', '+275760-09-13T00:00:00Z',
  'CR-0000', 'ACK 1', 'UNACK 1', 'NO 1', 'ARRIVED 1', 'STOP', 'START', 'LINK 123456', 'รับ 1',
  `U${'0'.repeat(32)}`, '+66812345678', 'ทดสอบ', 'မြန်မာ', 'ລາວ', '😀😀😀', 'e\u0301', '\ud83d',
];

/** Text of every kind: printable ASCII, any grapheme, any code point, control characters, the nasty list, or too long. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  // Past every field's maximum (5000 for a tip's text); random, so PostgreSQL cannot compress it under an index's limit.
  { weight: 1, arbitrary: fc.string({ minLength: 2700, maxLength: 5200, unit: 'grapheme-ascii' }) },
);

/** Any JSON value a client could send in a field's place. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: anyText },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308, true, false, null, {}, []) },
  { weight: 1, arbitrary: fc.array(anyText, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(anyText, anyText, { maxKeys: 3 }) },
);

/** Mostly a value the route expects (so the input reaches past the first check), else anything. */
export const mostly = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 2, arbitrary: anyValue });

/** An object with any of these fields (each mostly valid), sometimes with a key nobody asked for. */
export function shaped(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(Object.entries(fields).map(([key, valid]) => [key, mostly(valid)]));
  return fc
    .tuple(fc.record(model, { requiredKeys: [] }), fc.option(fc.tuple(anyText, anyValue), { freq: 6 }))
    .map(([body, extra]) => (extra ? { ...body, [extra[0]]: extra[1] } : body));
}

/** Bodies that are not a JSON object of the route's shape: other JSON, broken JSON, deep nesting, too large. */
const strangeBody: fc.Arbitrary<string> = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '', '{', '{"a":', '}', 'null', 'true', '0', '[]', '[{}]', '"text"', '{"a":1}{"b":2}', '{"a":1,}', "{'a':1}", '\u0000', '\ufeff{}',
    '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}',
    `${'['.repeat(5000)}${']'.repeat(5000)}`, `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`,
    JSON.stringify({ text: 'x'.repeat(200_000) }),
  ),
);

/** A request body as sent: mostly the shape serialised, sometimes something else entirely. */
export const jsonBody = (shape: fc.Arbitrary<unknown>): fc.Arbitrary<string> =>
  fc.oneof({ weight: 8, arbitrary: shape.map((b) => JSON.stringify(b)) }, { weight: 2, arbitrary: strangeBody });

/** Content types a client may claim for a JSON body. */
export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      undefined, 'application/json; charset=utf-8', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'text/plain',
      'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/*', 'application/vnd.api+json', ';;', 'x',
    ),
  },
);

/** A value any HTTP client can put in a header (fetch refuses NUL, CR, LF and characters past U+00FF). */
export const headerText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0xa0, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 10 }),
  fc.constantFrom('', ' ', 'a'.repeat(8000), "' OR 1=1 --", '../..', 'é', '\u00ff\u00fe'),
);

/** A path segment: mostly one of the ids that exist (so the route goes on to read the body), else anything, encoded or raw. */
export function pathSegment(known: () => string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.nat().map((i) => encodeURIComponent(pick(known(), i) ?? 'none')) },
    { weight: 3, arbitrary: anyText.map((t) => encodeURIComponent(t.toWellFormed()) || 'x') },
    { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '..', '.', '%2F', '%2e%2e', 'a%20b', ';', '~') },
  );
}

/** A query string: the route's own parameters (mostly with values it expects) and others, given once or twice. */
export function queryString(params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const names = Object.keys(params);
  const pair = fc.oneof(
    ...(names.length ? [{ weight: 5, arbitrary: fc.constantFrom(...names).chain((k) => fc.tuple(fc.constant(k), mostlyText(params[k]))) }] : []),
    { weight: 1, arbitrary: fc.tuple(anyText, anyText) },
  );
  const raw = fc.constantFrom('&', '&&', '=', '==', 'a[b]=c', 'a[]=1&a[]=2', '%zz=1', 'x=%E0%A4%A', '__proto__[x]=1', '?', '#frag');
  return fc
    .array(fc.oneof({ weight: 6, arbitrary: pair.map(([k, v]) => `${enc(k)}=${enc(v)}`) }, { weight: 1, arbitrary: raw }), { maxLength: 4 })
    .map((parts) => (parts.length ? `?${parts.join('&')}` : ''));
}

const mostlyText = (valid: fc.Arbitrary<string>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: anyText });
const enc = (s: string) => encodeURIComponent(s.toWellFormed());

/** The i-th of a list that grows while the run goes (ids the routes created), wrapping around. */
export const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

export interface Answer {
  status: number;
  text: string;
}

/**
 * Sends a request and reads the whole answer. A request that fetch itself refuses to send is a
 * generator mistake, not a finding, so it throws.
 */
export async function send(url: string, init: { method: string; headers?: Record<string, string | undefined>; body?: string }): Promise<Answer> {
  const headers = Object.fromEntries(Object.entries(init.headers ?? {}).filter((e): e is [string, string] => e[1] !== undefined));
  const res = await fetch(url, { method: init.method, headers, body: init.method === 'GET' ? undefined : init.body, redirect: 'manual' });
  return { status: res.status, text: await res.text() };
}

// A Node or V8 stack frame ("at fn (/path/file.js:10:5)", "at node:internal/...") or an error naming a source file.
const STACK = /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|file:|node:)[^\s)]*:\d+(?::\d+)?\)?|\w*Error: [^"\n]*\/[\w./-]+\.(?:js|ts)\b|\/node_modules\/|\bnode:internal\b/;
// SQL statements and PostgreSQL's error messages.
const SQL =
  /\b(?:SELECT\s[\s\S]*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|WHERE\s+\w+\s*=\s*\$\d)\b|relation "|syntax error at or near|invalid input syntax for|violates (?:not-null|foreign key|unique|check) constraint|duplicate key value|column "[^"]*" (?:does not exist|of relation)|invalid byte sequence for encoding|value too long for type|out of range for type|date\/time field value out of range|index row size|unterminated quoted|pg_catalog|\bSQLSTATE\b/i;

/**
 * What is wrong with an answer, whatever the input: a 5xx, a stack trace, or SQL. An answer may
 * repeat what was sent (`no incident <id>`), so every string the request carried is taken out first.
 */
export function problemsWith(answer: Answer, sent: readonly string[]): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  const said = strip(answer.text, sent);
  if (STACK.test(said)) problems.push(`a stack trace or source path: ${excerpt(said, STACK)}`);
  if (SQL.test(said)) problems.push(`SQL or a database error: ${excerpt(said, SQL)}`);
  return problems;
}

/** Every string a request carried (body values and keys, decoded query and path parts, header values), longest first. */
export function sentStrings(...parts: unknown[]): string[] {
  const found = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.length > 2) found.add(v);
      try {
        const decoded = decodeURIComponent(v);
        if (decoded.length > 2) found.add(decoded);
      } catch {
        // not percent-encoded text
      }
      for (const piece of v.split(/[?&=/]/)) if (piece.length > 2) walk(piece === v ? undefined : piece);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, inner]) => (walk(k), walk(inner)));
  };
  parts.forEach(walk);
  return [...found].sort((a, b) => b.length - a.length);
}

/** The answer's text with what was sent removed (as sent and as JSON would escape it), and JSON escapes decoded. */
function strip(text: string, sent: readonly string[]): string {
  let out = text;
  try {
    out = collectStrings(JSON.parse(text)).join('\n');
  } catch {
    // not JSON: checked as it is
  }
  for (const s of sent) {
    out = out.split(s).join(' ');
    const escaped = JSON.stringify(s).slice(1, -1);
    if (escaped !== s) out = out.split(escaped).join(' ');
  }
  return out;
}

function collectStrings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(collectStrings);
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, inner]) => [k, ...collectStrings(inner)]);
  return [];
}

function excerpt(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  return JSON.stringify(text.slice(Math.max(0, at - 60), at + 120));
}

/** How many inputs each route was sent and what it answered, for the report and bench/fuzz-results.json. */
export class FuzzTally {
  private readonly routes = new Map<string, { app: string; inputs: number; statuses: Record<string, number> }>();

  record(route: string, app: string, status: number): void {
    const entry = this.routes.get(route) ?? { app, inputs: 0, statuses: {} };
    entry.inputs += 1;
    entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
    this.routes.set(route, entry);
  }

  inputsOf(route: string): number {
    return this.routes.get(route)?.inputs ?? 0;
  }

  entries() {
    return [...this.routes].map(([route, e]) => ({ route, ...e }));
  }
}
