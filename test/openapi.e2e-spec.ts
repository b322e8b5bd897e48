import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { z } from 'zod';
import { openApiPath, RouteEntry, routeTableOf } from '@rescue/platform';
import { chromiumProblem, launchChromium } from './support/browser';
import { inProcessBoard, inProcessIntake } from './support/in-process-apps';
import { Route, routesOf } from './support/routes';
import { System } from './support/system';

/**
 * The API description of the board and of intake (GET /v1/openapi.json, GET /v1/docs) held against
 * the apps themselves: every route their routers declare is in it with its method, every body's
 * required fields are the zod schema's that validates it, and the document is valid OpenAPI 3.1.
 */
const system = new System();

type Json = Record<string, any>;
interface AppUnderTest {
  name: 'board' | 'intake';
  create: () => Promise<INestApplication>;
  routes: Route[];
  table: RouteEntry[];
  document: Json;
}

const apps: AppUnderTest[] = [
  { name: 'board', create: () => inProcessBoard(system.env), routes: [], table: [], document: {} },
  { name: 'intake', create: () => inProcessIntake(system.env), routes: [], table: [], document: {} },
];

/** The route table with its zod schemas, read in-process (the app is closed again). */
async function tableOf(create: () => Promise<INestApplication>): Promise<RouteEntry[]> {
  const app = await create();
  await app.init();
  const table = routeTableOf(app);
  await app.close();
  return table;
}

/** The keys a client must send, asked of zod itself (not of its JSON Schema): those `undefined` does not pass for. */
function requiredKeysOf(schema: z.ZodType): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodPipe) inner = inner.in as z.ZodType;
  if (!(inner instanceof z.ZodObject)) throw new Error('a body schema that is not an object');
  return Object.entries(inner.shape as Record<string, z.ZodType>)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key)
    .sort();
}

const operationOf = (document: Json, route: { method: string; path: string }): Json | undefined =>
  document.paths?.[openApiPath(route.path)]?.[route.method.toLowerCase()];

beforeAll(async () => {
  await system.start(['intake', 'board']);
  for (const app of apps) {
    app.routes = await routesOf(app.create);
    app.table = await tableOf(app.create);
    const res = await fetch(`${system.urls[app.name]}/v1/openapi.json`);
    expect(res.status).toBe(200);
    app.document = (await res.json()) as Json;
  }
}, 120_000);

afterAll(() => system.stop());

describe.each(apps.map((a) => [a.name, a] as const))('%s', (_name, app) => {
  it('describes every route its router declares, with its method, and no other', () => {
    expect(app.routes.length).toBeGreaterThan(app.name === 'board' ? 40 : 5);
    const described = Object.entries<Json>(app.document.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(described.sort()).toEqual(app.routes.map((r) => `${r.method} ${openApiPath(r.path)}`).sort());
    // The route table the document is built from is the router's.
    expect(app.table.map((r) => `${r.method} ${r.path}`).sort()).toEqual(app.routes.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('has for every body the required fields of the zod schema that validates it', () => {
    const checked: string[] = [];
    for (const route of app.table) {
      const op = operationOf(app.document, route)!;
      const body = route.args.find((a) => a.type === RouteParamtypes.BODY);
      if (!body) {
        expect({ route: route.path, requestBody: op.requestBody }).toEqual({ route: route.path, requestBody: undefined });
        continue;
      }
      // A body is only ever taken through the zod pipe: nothing reaches a handler unvalidated.
      expect({ route: `${route.method} ${route.path}`, validated: Boolean(body.input) }).toEqual({ route: `${route.method} ${route.path}`, validated: true });
      const [media] = Object.values<Json>(op.requestBody.content);
      expect({ route: route.path, required: [...(media.schema.required ?? [])].sort() }).toEqual({ route: route.path, required: requiredKeysOf(body.input!.schema) });
      expect(op.requestBody.required).toBe(!body.input!.optional);
      checked.push(route.path);
    }
    expect(checked.length).toBeGreaterThan(app.name === 'board' ? 15 : 3);
  });

  it('gives every operation a summary, its credentials, its success, and the 400 and 401/403 it can answer', () => {
    for (const route of app.table) {
      const op = operationOf(app.document, route)!;
      const where = `${route.method} ${route.path}`;
      expect({ where, summary: typeof op.summary }).toEqual({ where, summary: 'string' });
      expect(Object.keys(op.responses).some((s) => /^2\d\d$/.test(s))).toBe(true);
      if (route.args.some((a) => a.input)) expect({ where, has400: '400' in op.responses }).toEqual({ where, has400: true });
      // A closed route says how it refuses a caller without the credential (the login, open, refuses too).
      if (op.security.length) expect({ where, refuses: '401' in op.responses || '403' in op.responses }).toEqual({ where, refuses: true });
      for (const requirement of op.security) for (const scheme of Object.keys(requirement)) expect(app.document.components.securitySchemes).toHaveProperty(scheme);
    }
  });

  it('is valid OpenAPI 3.1', () => {
    expect(app.document.openapi).toBe('3.1.0');
    const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), `${app.name}.json`);
    writeFileSync(file, JSON.stringify(app.document));
    // The validator is an ES module; its CLI runs it outside Jest's CommonJS.
    const cli = require.resolve('@seriousme/openapi-schema-validator/bin/validate-api-cli.js');
    let out: string;
    try {
      out = execFileSync(process.execPath, [cli, file], { encoding: 'utf8' });
    } catch (err) {
      out = (err as { stdout: string }).stdout;
    }
    expect(JSON.parse(out)).toEqual({ valid: true });
  });

  it('serves the docs page: every operation on it, under a policy that allows no script', async () => {
    const res = await fetch(`${system.urls[app.name]}/v1/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await res.text();
    for (const route of app.routes) expect(html).toContain(`${route.method} ${openApiPath(route.path)}`);
  });
});

const browserProblem = chromiumProblem();
(browserProblem ? it.skip : it)('loads the docs pages in Chromium without an error or a refused resource', async () => {
  const browser = await launchChromium();
  try {
    for (const app of apps) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      const res = await page.goto(`${system.urls[app.name]}/v1/docs`);
      expect(res?.status()).toBe(200);
      expect(await page.locator('section').count()).toBe(app.routes.length);
      // The inline stylesheet is the one the policy's hash allows: the page is styled.
      expect(await page.evaluate('getComputedStyle(document.body).maxWidth')).not.toBe('none');
      expect({ app: app.name, errors }).toEqual({ app: app.name, errors: [] });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}, 60_000);
