import { createHmac } from 'node:crypto';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import twilio from 'twilio';
import { accessOf, BOARD_CALLERS, BOARD_MATRIX, BoardCaller, INTAKE_CALLERS, INTAKE_MATRIX, IntakeCaller, Outcome } from './fixtures/access-matrix';
import { logIn } from './support/authenticator';
import { TEST_DIRECTORY_FILE } from './support/e2e-env';
import { inProcessBoard, inProcessIntake } from './support/in-process-apps';
import { Route, routesOf, spellingsOf } from './support/routes';
import { eventually, System } from './support/system';

/**
 * The access matrix (test/fixtures/access-matrix.ts) held against the running system: every route the
 * board and intake declare, as every kind of caller, spelled as declared and otherwise, answers what
 * the table says; and what the table keeps from a caller (reporter contacts, a tip's text) is in none
 * of the answers that caller got.
 */
const system = new System();

const STAMP = Date.now().toString(36);
const REPORTER = { name: `Reporter ${STAMP}`, phone: '+66899990123' };
const TIP_MARK = `shop-${STAMP}`;
const TIP_TEXT = `Two girls, about 14, kept above a shop in Mae Sai, to be taken to Tachileik tonight (${TIP_MARK})`;
const PASSWORD = 'access-matrix-2026';
/** The operator's organisation: files the tip, is not paged for it. */
const OPERATOR_ORGANIZATION = 'chiang-rai-mdt-centre';

interface Session {
  token?: string;
  /** A second session: the one POST /v1/auth/logout ends. */
  spare?: string;
}

const sessions = {} as Record<BoardCaller, Session>;
const answers = {} as Record<BoardCaller, string[]>;
let boardRoutes: Route[] = [];
let intakeRoutes: Route[] = [];
let incidentId: string;
let tipId: string;
let pagedOrganizations: string[] = [];
let otherOrganization: string;
let targetUserId: string;
let directoryResponder: string;
let coverResponder: string;

/** A request and its answer; the body only for what is not a live stream (GET /v1/events never ends). */
async function send(url: string, init: RequestInit): Promise<{ status: number; text: string }> {
  const res = await fetch(url, init);
  if ((res.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    await res.body?.cancel();
    return { status: res.status, text: '' };
  }
  return { status: res.status, text: await res.text() };
}

const allowed = (status: number) => ![401, 403, 404].includes(status);
const seen = (status: number): Outcome => (allowed(status) ? 'A' : (status as Outcome));

function user(role: string, organization: string | undefined, name: string) {
  return { email: `${name}@matrix.test`, name, role, password: PASSWORD, ...(organization ? { organization } : {}) };
}

async function createBoardUser(account: ReturnType<typeof user>): Promise<string> {
  const { status, body } = await system.board('/v1/users', { method: 'POST', body: JSON.stringify(account) });
  if (status !== 201) throw new Error(`creating ${account.email}: ${status} ${JSON.stringify(body)}`);
  return body.id;
}

async function passwordLogin(email: string, code?: string): Promise<string> {
  const res = await fetch(`${system.urls.board}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, ...(code ? { code } : {}) }),
  });
  const body = (await res.json()) as { token: string };
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** Two sessions of a new account: with the second factor set up where the role needs one (the spare by a recovery code). */
async function sessionsOf(account: ReturnType<typeof user>, setUpSecondFactor = true): Promise<Session> {
  await createBoardUser(account);
  if (!setUpSecondFactor) return { token: await passwordLogin(account.email), spare: await passwordLogin(account.email) };
  const first = await logIn(system.urls.board, system.authenticators, account.email, account.password);
  const spare = first.recoveryCodes ? await passwordLogin(account.email, first.recoveryCodes[0]) : await passwordLogin(account.email);
  return { token: first.token, spare };
}

/** A fresh board override far in the future (pages nobody), for one DELETE to remove. */
async function futureOverride(): Promise<string> {
  const { status, body } = await system.board('/v1/directory/overrides', {
    method: 'POST',
    body: JSON.stringify({ schedule: 'mae-sai-police', start: '2031-01-01T08:00:00+07:00', end: '2031-01-02T08:00:00+07:00', responder: coverResponder, note: 'access matrix walk' }),
  });
  if (status !== 201) throw new Error(`override: ${status} ${JSON.stringify(body)}`);
  return body.id;
}

let drill: Promise<string> | undefined;
/** A drill's incident for its report to be read (written as dispatch writes one; it pages nobody). */
function drillOfTheWalk(): Promise<string> {
  return (drill ??= system
    .sql(`INSERT INTO incidents (id, state, priority, district, summary, case_ref, opened_at, drill)
          VALUES ('drill-access-matrix', 'resolved', 'P1', 'mae-sai', 'drill', 'CR-DRLL', now(), true) RETURNING id`)
    .then(([row]) => row.id));
}

/** The path with its parameters filled from the incident and accounts the walk is about. */
async function concrete(route: string, path: string): Promise<string> {
  const values: Record<string, () => Promise<string> | string> = {
    ':tipId': () => tipId,
    ':id': () => {
      if (path.startsWith('/v1/incidents/')) return incidentId;
      if (path.startsWith('/v1/users/')) return targetUserId;
      if (path.startsWith('/v1/directory/responders/')) return directoryResponder;
      if (route === 'DELETE /v1/directory/overrides/:id') return futureOverride();
      if (path.startsWith('/v1/drills/')) return drillOfTheWalk();
      throw new Error(`no value for :id of ${route}`);
    },
  };
  let out = path;
  for (const [param, value] of Object.entries(values)) if (out.includes(param)) out = out.replace(param, await value());
  if (/:\w/.test(out)) throw new Error(`no value for a parameter of ${route}`);
  return out;
}

/**
 * What the walk sends: a body its handler refuses where there is one (an unknown role, an empty
 * reason), so walking changes no incident; `{}` elsewhere.
 */
function probeBody(route: string): unknown {
  if (/\/(acknowledge|escalate|renotify)$/.test(route)) return { role: 'not-a-role' };
  if (route.endsWith('/split')) return { reason: '' };
  return {};
}

/** `declared`: the path as the route declares it (a logout then ends the spare session, not the one the walk goes on with). */
async function callBoard(caller: BoardCaller, route: string, path: string, declared: boolean): Promise<number> {
  const [method] = route.split(' ');
  const session = sessions[caller];
  const token = declared && route === 'POST /v1/auth/logout' ? session.spare : session.token;
  const { status, text } = await send(`${system.urls.board}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify(probeBody(route)),
  });
  answers[caller].push(text);
  return status;
}

const LINE_BODY = JSON.stringify({ destination: 'U00000000000000000000000000000000', events: [] });

async function callIntake(caller: IntakeCaller, route: string, path: string): Promise<number> {
  const [method] = route.split(' ');
  const env = system.env;
  const lineSignature = (secret: string) => createHmac('sha256', secret).update(LINE_BODY).digest('base64');
  const twilioSignature = (token: string) => twilio.getExpectedTwilioSignature(token, `${env.INTAKE_PUBLIC_URL}${path}`, {});
  const headers: Record<string, string> = {
    anonymous: {},
    'operator-key': { authorization: `Bearer ${env.OPERATOR_API_KEY}` },
    'board-session': { authorization: `Bearer ${sessions.admin.token}` },
    'twilio-signature': { 'x-twilio-signature': twilioSignature(env.TWILIO_AUTH_TOKEN!) },
    'line-signature': { 'x-line-signature': lineSignature(env.LINE_CHANNEL_SECRET!) },
    'forged-signature': { 'x-twilio-signature': twilioSignature('not-our-auth-token'), 'x-line-signature': lineSignature('not-our-secret') },
  }[caller] as Record<string, string>;
  // Twilio posts a form (here an empty one, which the handler refuses); everyone else JSON.
  const form = caller === 'twilio-signature';
  const { status } = await send(`${system.urls.intake}${path}`, {
    method,
    headers: { ...headers, 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
    body: method === 'GET' ? undefined : form ? '' : LINE_BODY,
  });
  return status;
}

const boardApp = () => inProcessBoard(system.env);
const intakeApp = () => inProcessIntake(system.env);

const keyOf = (r: Route) => `${r.method} ${r.path}`;

beforeAll(async () => {
  await system.start(['sandbox', 'intake', 'triage', 'dispatch', 'notifier', 'board']);
  [boardRoutes, intakeRoutes] = [await routesOf(boardApp), await routesOf(intakeApp)];
  for (const caller of BOARD_CALLERS) answers[caller] = [];

  sessions.anonymous = {};
  sessions.admin = await sessionsOf(user('admin', undefined, 'admin'));
  sessions['admin-before-second-factor'] = await sessionsOf(user('admin', undefined, 'new-admin'), false);
  sessions.coordinator = await sessionsOf(user('coordinator', OPERATOR_ORGANIZATION, 'coordinator'));
  sessions.operator = await sessionsOf(user('operator', OPERATOR_ORGANIZATION, 'operator'));
  targetUserId = await createBoardUser(user('operator', OPERATOR_ORGANIZATION, 'target'));

  // The operator files the tip from the console, as a hotline desk does; dispatch pages Mae Sai.
  const filed = await fetch(`${system.urls.board}/v1/tips`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sessions.operator.token}` },
    body: JSON.stringify({ text: TIP_TEXT, district: 'mae-sai', childrenInvolved: 'yes', reporter: REPORTER, callbackAllowed: true }),
  });
  expect(filed.status).toBe(202);
  tipId = ((await filed.json()) as { tipId: string }).tipId;
  incidentId = await system.incidentOfTip(tipId, 20_000);
  pagedOrganizations = await eventually(async () => {
    const orgs = [...new Set<string>((await system.incident(incidentId)).alerts.filter((a: any) => a.kind === 'page').map((a: any) => a.organization))];
    if (!orgs.length) throw new Error('nobody paged yet');
    return orgs;
  }, 20_000);
  // Accepted at once, so no later step pages another organisation while the walk runs.
  expect((await system.board(`/v1/incidents/${incidentId}/acknowledge`, { method: 'POST', body: '{}' })).status).toBe(202);

  const directory = parse(readFileSync(TEST_DIRECTORY_FILE, 'utf8')) as { organizations: { id: string }[] };
  otherOrganization = directory.organizations.map((o) => o.id).find((id) => !pagedOrganizations.includes(id) && id !== OPERATOR_ORGANIZATION)!;
  sessions.responder = await sessionsOf(user('responder', pagedOrganizations[0], 'responder'));
  sessions['operator-of-another-organisation'] = await sessionsOf(user('operator', otherOrganization, 'other-operator'));
  sessions['responder-of-another-organisation'] = await sessionsOf(user('responder', otherOrganization, 'other-responder'));

  const onCall = (await system.board('/v1/oncall?district=mae-sai&role=police')).body as { responderId: string }[];
  coverResponder = onCall[0].responderId;
  directoryResponder = onCall[0].responderId;
}, 180_000);

afterAll(() => system.stop());

it('has a row for every route the board and intake declare, and none for a route they do not', () => {
  expect(boardRoutes.length).toBeGreaterThan(40);
  expect(boardRoutes.map(keyOf).sort()).toEqual(Object.keys(BOARD_MATRIX).sort());
  expect(intakeRoutes.map(keyOf).sort()).toEqual(Object.keys(INTAKE_MATRIX).sort());
});

it('answers every board route, as every caller, as the table says; under any other spelling, 404', async () => {
  // Another organisation's callers first: later callers' commands must not have paged them.
  const order: BoardCaller[] = ['responder-of-another-organisation', 'operator-of-another-organisation', 'anonymous', 'admin-before-second-factor', 'responder', 'operator', 'coordinator', 'admin'];
  const wrong: string[] = [];
  let walked = 0;
  for (const caller of order) {
    for (const [route, row] of Object.entries(BOARD_MATRIX)) {
      const declared = route.split(' ')[1];
      const expected = accessOf(BOARD_CALLERS, row)[caller];
      const path = await concrete(route, declared);
      const got = seen(await callBoard(caller, route, path, true));
      if (got !== expected) wrong.push(`${caller}: ${route} (${path}) -> ${got}, the table says ${expected}`);
      for (const spelling of spellingsOf(path)) {
        const status = await callBoard(caller, route, spelling, false);
        if (status !== 404) wrong.push(`${caller}: ${route} as ${spelling} -> ${status}, not a route: 404`);
      }
      walked += 1 + spellingsOf(path).length;
    }
  }
  expect(wrong).toEqual([]);
  expect(walked).toBeGreaterThan(BOARD_CALLERS.length * Object.keys(BOARD_MATRIX).length * 3);
  // What the walk took as given: the other organisation was not paged for the incident meanwhile.
  const paged = (await system.incident(incidentId)).alerts.map((a: any) => a.organization);
  expect(paged).not.toContain(otherOrganization);
}, 300_000);

it('gives reporter contacts and the tip text only to the callers the table lets read them', () => {
  const reporterRoute = accessOf(BOARD_CALLERS, BOARD_MATRIX['GET /v1/tips/:tipId/reporter']);
  const incidentRoute = accessOf(BOARD_CALLERS, BOARD_MATRIX['GET /v1/incidents/:id']);
  for (const caller of BOARD_CALLERS) {
    const everything = answers[caller].join('\n');
    expect({ caller, reporter: everything.includes(REPORTER.phone) || everything.includes(REPORTER.name) }).toEqual({ caller, reporter: reporterRoute[caller] === 'A' });
    expect({ caller, text: everything.includes(TIP_MARK) }).toEqual({ caller, text: incidentRoute[caller] === 'A' });
  }
});

it('answers every intake route, with every credential, as the table says; under any other spelling, 404', async () => {
  const wrong: string[] = [];
  for (const caller of INTAKE_CALLERS) {
    for (const [route, row] of Object.entries(INTAKE_MATRIX)) {
      const path = route.split(' ')[1];
      const expected = accessOf(INTAKE_CALLERS, row)[caller];
      const got = seen(await callIntake(caller, route, path));
      if (got !== expected) wrong.push(`${caller}: ${route} -> ${got}, the table says ${expected}`);
      for (const spelling of spellingsOf(path)) {
        const status = await callIntake(caller, route, spelling);
        if (status !== 404) wrong.push(`${caller}: ${route} as ${spelling} -> ${status}, not a route: 404`);
      }
    }
  }
  expect(wrong).toEqual([]);
  // The signed probes were refused by their handlers: nothing was stored from them.
  expect(await system.sql(`SELECT 1 FROM tips WHERE id <> $1`, [tipId])).toEqual([]);
}, 120_000);
