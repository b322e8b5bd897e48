import { existsSync } from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';
import { withoutFakeTime } from './fake-time';
import { System } from './system';

/** Debian's Chromium, driven by playwright-core (no browser download). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or undefined when they can. */
export function chromiumProblem(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `Chromium not found at ${CHROMIUM}: install it with "apt-get update && apt-get install -y chromium" (or set CHROMIUM_PATH)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    env: withoutFakeTime(),
  });
}

export interface BoardLogin {
  email: string;
  password: string;
}

export interface ConsolePage {
  page: Page;
  /** Uncaught errors and console errors of the page: a test expects none. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh browser context (own cookies), the console in `lang`, logged in through the login form. */
export async function openConsole(
  browser: Browser,
  system: System,
  user: BoardLogin,
  { lang = 'en', viewport = { width: 1366, height: 900 } }: { lang?: 'en' | 'th'; viewport?: { width: number; height: number } } = {},
): Promise<ConsolePage> {
  const context = await browser.newContext({ viewport, locale: lang === 'th' ? 'th-TH' : 'en-GB', timezoneId: 'Asia/Bangkok' });
  await context.addInitScript(`localStorage.setItem('board.lang', ${JSON.stringify(lang)})`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    // Answers the console expects (401 before login, 404 while triage works) are not errors of the page.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(msg.text());
  });
  await page.goto(`${system.urls.board}/`);
  await page.fill('input[name=email]', user.email);
  await page.fill('input[name=password]', user.password);
  await page.click('form.login button[type=submit]');
  await page.waitForSelector('#logout:not([hidden])');
  return { page, errors, close: () => context.close() };
}

/** Creates a board user through the admin API (the bootstrap admin's session). */
export async function createUser(system: System, user: BoardLogin & { name: string; role: string; organization?: string }): Promise<void> {
  const { status, body } = await system.board('/v1/users', { method: 'POST', body: JSON.stringify(user) });
  if (status !== 201 && status !== 409) throw new Error(`creating ${user.email}: ${status} ${JSON.stringify(body)}`);
}

/** Logs a board user in through the API: their bearer token. */
export async function tokenOf(system: System, user: BoardLogin): Promise<string> {
  const res = await fetch(`${system.urls.board}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (!res.ok) throw new Error(`login ${user.email}: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}
