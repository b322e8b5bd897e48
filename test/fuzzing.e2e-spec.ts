import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import twilio from 'twilio';
import { signLineBody } from '@rescue/channels';
import { tokenOf } from './support/browser';
import {
  anyText, anyValue, contentType, FuzzTally, headerText, jsonBody, pathSegment, problemsWith, queryString, send, sentStrings, shaped,
} from './support/fuzzing';
import { eventually, System } from './support/system';

/**
 * Issue 20: hostile input at volume. fast-check sends generated bodies, headers, paths and query
 * strings to every kind of route that takes input; whatever it sends, no answer is a 5xx, a stack
 * trace or SQL, and afterwards every service is healthy and a real tip still becomes an incident.
 * FUZZ_RUNS inputs per route (CI-sized by default) and FUZZ_SEED make a failure reproducible.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const system = new System({ BOARD_LOGIN_MAX_FAILURES_PER_ADDRESS: '100000', BOARD_LOGIN_MAX_FAILURES: '100000' });
const tally = new FuzzTally();
const incidents: string[] = [];
let admin = '';

beforeAll(async () => {
  await system.start(['sandbox', 'intake', 'triage', 'board']);
  admin = await tokenOf(system, { email: system.env.BOARD_BOOTSTRAP_ADMIN_EMAIL!, password: system.env.BOARD_BOOTSTRAP_ADMIN_PASSWORD! });
  const res = await system.postTip({ channel: 'hotline', text: `Two girls of 14 locked in a room in Mae Sai (${Date.now()})`, location: { district: 'mae-sai' } });
  incidents.push(await system.incidentOfTip(((await res.json()) as { tipId: string }).tipId, 20_000));
}, 120_000);

afterAll(async () => {
  const rows = tally.entries();
  console.log(`fuzzed inputs per route (seed ${SEED}):\n${rows.map((r) => `  ${String(r.inputs).padStart(5)}  ${r.app.padEnd(6)} ${r.route}  ${JSON.stringify(r.statuses)}`).join('\n')}\n  total ${rows.reduce((n, r) => n + r.inputs, 0)}`);
  if (process.env.FUZZ_RESULTS) writeFileSync(process.env.FUZZ_RESULTS, JSON.stringify({ seed: SEED, runs: RUNS, routes: rows }, null, 2));
  await system.stop();
});

/** Sends each generated request and fails on the first answer that is a 5xx, a stack trace or SQL. */
async function fuzz<T>(app: 'intake' | 'board', route: string, input: fc.Arbitrary<T>, request: (value: T) => { method: string; path: string; headers?: Record<string, string | undefined>; body?: string }) {
  await fc.assert(
    fc.asyncProperty(input, async (value) => {
      const req = request(value);
      const answer = await send(`${system.urls[app]}${req.path}`, req);
      tally.record(route, app, answer.status);
      const problems = problemsWith(answer, sentStrings(req.path, req.body, Object.values(req.headers ?? {}), value));
      if (answer.status >= 400 && answer.status < 500 && answer.text.startsWith('{')) {
        const message = JSON.parse(answer.text).message;
        if (!message || (Array.isArray(message) && !message.length)) problems.push('a 4xx that does not say what is wrong');
      }
      if (problems.length) throw new Error(`${req.method} ${req.path} → ${answer.status}: ${problems.join('; ')}\n${answer.text.slice(0, 400)}`);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  expect(tally.inputsOf(route)).toBe(RUNS);
}

const json = (token: string | undefined, type: string | undefined, extra: Record<string, string | undefined> = {}) => ({
  ...(type ? { 'content-type': type } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra,
});
const district = fc.constantFrom('mae-sai', 'chiang-khong', 'chiang-saen', 'unknown', '');
const iso = fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString());

describe('fuzzing the edges (never a 5xx, a stack trace or SQL)', () => {
  it('intake: POST /v1/tips with the operator key', async () => {
    const tip = shaped({
      channel: fc.constantFrom('hotline', 'web', 'line', 'sms'), text: anyText, language: fc.constantFrom('th', 'en', 'my', 'lo'),
      location: shaped({ district, description: anyText }), reporter: shaped({ name: anyText, phone: anyText }), callbackAllowed: fc.boolean(),
    });
    await fuzz('intake', 'POST /v1/tips', fc.tuple(jsonBody(tip), contentType, fc.option(headerText)), ([body, type, key]) => ({
      method: 'POST', path: '/v1/tips', body, headers: json(system.env.OPERATOR_API_KEY, type, { 'idempotency-key': key ?? undefined }),
    }));
  }, 120_000);

  it('intake: POST /webhooks/twilio/sms, signed and not', async () => {
    const url = `${system.env.INTAKE_PUBLIC_URL}/webhooks/twilio/sms`;
    const params = fc.record({ From: fc.oneof(fc.constantFrom('+66811111111', '+66822222222'), anyText), Body: anyText, MessageSid: anyText, NumMedia: fc.constantFrom('0', '1', 'x') });
    await fuzz('intake', 'POST /webhooks/twilio/sms', fc.tuple(params, fc.boolean()), ([p, signed]) => {
      const form = { ...p, AccountSid: system.env.TWILIO_ACCOUNT_SID!, To: system.env.TWILIO_FROM_NUMBER! };
      const signature = signed ? twilio.getExpectedTwilioSignature(system.env.TWILIO_AUTH_TOKEN!, url, form) : 'forged';
      return { method: 'POST', path: '/webhooks/twilio/sms', body: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature } };
    });
  }, 120_000);

  it('intake: POST /webhooks/line, signed and not', async () => {
    const event = shaped({
      type: fc.constantFrom('message', 'follow', 'unfollow', 'postback'), mode: fc.constant('active'), timestamp: fc.nat(), webhookEventId: anyText,
      replyToken: anyText, source: shaped({ type: fc.constant('user'), userId: anyText }), message: shaped({ id: anyText, type: fc.constantFrom('text', 'location', 'image'), text: anyText }),
      postback: shaped({ data: anyText }),
    });
    const body = jsonBody(fc.record({ destination: fc.constant('U0'), events: fc.array(event, { maxLength: 3 }) }));
    await fuzz('intake', 'POST /webhooks/line', fc.tuple(body, fc.boolean()), ([raw, signed]) => ({
      method: 'POST', path: '/webhooks/line', body: raw,
      headers: { 'content-type': 'application/json', 'x-line-signature': signed ? signLineBody(system.env.LINE_CHANNEL_SECRET!, raw) : 'forged' },
    }));
  }, 120_000);

  it('board: POST /v1/auth/login', async () => {
    await fuzz('board', 'POST /v1/auth/login', fc.tuple(jsonBody(shaped({ email: fc.emailAddress(), password: anyText, code: anyText })), contentType), ([body, type]) => ({
      method: 'POST', path: '/v1/auth/login', body, headers: json(undefined, type),
    }));
  }, 120_000);

  it('board: incident commands as an admin', async () => {
    const command = fc.constantFrom('acknowledge', 'escalate', 'renotify', 'resolve', 'reassign', 'merge', 'notes', 'override');
    const body = shaped({ role: fc.constantFrom('police', 'ngo'), outcome: anyText, note: anyText, text: anyText, into: anyText, responderId: anyText, priority: fc.constantFrom('P1', 'P2', 'P3', 'P4'), district, reason: anyText });
    await fuzz('board', 'POST /v1/incidents/:id/<command>', fc.tuple(pathSegment(() => incidents), command, jsonBody(body), contentType), ([id, cmd, raw, type]) => ({
      method: 'POST', path: `/v1/incidents/${id}/${cmd}`, body: raw, headers: json(admin, type),
    }));
  }, 120_000);

  it('board: directory overrides and responders as an admin', async () => {
    const override = shaped({ schedule: fc.constantFrom('mae-sai-police', 'x'), start: iso, end: iso, responder: anyText, replaces: anyText, note: anyText });
    const responder = shaped({ id: anyText, name: anyText, organization: anyText, roles: fc.array(anyValue), phone: anyText, lineUserId: anyText, language: anyText, active: fc.boolean() });
    await fuzz('board', 'POST /v1/directory/{overrides,responders}', fc.tuple(fc.boolean(), jsonBody(override), jsonBody(responder)), ([isOverride, o, r]) => ({
      method: 'POST', path: isOverride ? '/v1/directory/overrides' : '/v1/directory/responders', body: isOverride ? o : r, headers: json(admin, 'application/json'),
    }));
  }, 120_000);

  it('board: query strings of GET /v1/oncall, /v1/oncall/gaps, /v1/incidents and /v1/audit/reporter-views', async () => {
    const routes = fc.constantFrom(
      ['/v1/oncall', { district, role: fc.constantFrom('police', 'ngo'), at: iso }],
      ['/v1/oncall/gaps', { days: fc.nat(400).map(String) }],
      ['/v1/incidents', { status: fc.constantFrom('open', 'resolved'), ids: anyText }],
      ['/v1/audit/reporter-views', { user: anyText, limit: fc.nat(1000).map(String) }],
    ) as fc.Arbitrary<[string, Record<string, fc.Arbitrary<string>>]>;
    await fuzz('board', 'GET <list routes>?<query>', routes.chain(([path, params]) => queryString(params).map((q) => `${path}${q}`)), (path) => ({
      method: 'GET', path, headers: json(admin, undefined),
    }));
  }, 120_000);

  it('board: user ids in paths (unlock, deactivate, second-factor reset)', async () => {
    const action = fc.constantFrom('unlock', 'deactivate', 'reactivate', 'second-factor/reset');
    await fuzz('board', 'POST /v1/users/:id/<action>', fc.tuple(pathSegment(() => ['00000000-0000-0000-0000-000000000000']), action), ([id, a]) => ({
      method: 'POST', path: `/v1/users/${id}/${a}`, headers: json(admin, 'application/json'), body: '{}',
    }));
  }, 120_000);

  it('answers 400 naming the field to what fuzzing once answered with a 500', async () => {
    const url = `${system.env.INTAKE_PUBLIC_URL}/webhooks/twilio/sms`;
    const form = { MessageSid: 'SM1', AccountSid: system.env.TWILIO_ACCOUNT_SID!, From: '\u0000', To: system.env.TWILIO_FROM_NUMBER!, Body: 'Gl', NumMedia: '0' };
    const sms = await send(`${system.urls.intake}/webhooks/twilio/sms`, {
      method: 'POST', body: new URLSearchParams(form).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(system.env.TWILIO_AUTH_TOKEN!, url, form) },
    });
    expect(sms).toEqual({ status: 400, text: expect.stringContaining('From: must not contain control characters') });
    const note = await send(`${system.urls.board}/v1/incidents/${incidents[0]}/notes`, { method: 'POST', headers: json(admin, 'application/json'), body: '{"text":"\\ud83d"}' });
    expect(note).toEqual({ status: 400, text: expect.stringContaining('text: must not contain a broken character') });
    const deep = await send(`${system.urls.board}/v1/directory/overrides`, { method: 'POST', headers: json(admin, 'application/json'), body: `${'['.repeat(5000)}${']'.repeat(5000)}` });
    expect(deep).toEqual({ status: 400, text: expect.stringContaining('nested more than 32 levels deep') });
  });

  it('afterwards every service is healthy and a real tip still becomes an incident', async () => {
    for (const url of [system.urls.intake, system.urls.board]) expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const res = await system.postTip({ channel: 'hotline', text: `A boy of 12 held at a farm in Chiang Khong (${Date.now()})`, location: { district: 'chiang-khong' } });
    expect(res.status).toBe(202);
    const incidentId = await system.incidentOfTip(((await res.json()) as { tipId: string }).tipId, 20_000);
    await eventually(async () => expect((await system.board(`/v1/incidents/${incidentId}`)).status).toBe(200));
  }, 60_000);
});
