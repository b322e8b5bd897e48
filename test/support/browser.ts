import { existsSync } from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';
import { withoutFakeTime } from './fake-time';
import { logIn } from './authenticator';
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
  await passSecondFactor(page, system, user);
  await page.waitForSelector('#nav a');
  return { page, errors, close: () => context.close() };
}

/**
 * After the password, as the person would: the code from their app when the account has one, or,
 * for a role that must have one, setting it up (the key shown on the page, a code, the recovery codes).
 */
async function passSecondFactor(page: Page, system: System, user: BoardLogin): Promise<void> {
  await page.waitForSelector('#nav a, form.login label:has(input[name=code]):not([hidden]), form.second-factor-setup');
  // Asked of the page, not of the element found: the nav is rebuilt whenever the live feed's status changes.
  if (await page.locator('form.second-factor-setup').count()) {
    system.authenticators.remember(user.email, (await page.textContent('.totp-secret'))!.trim());
    await page.fill('form.second-factor-setup input[name=code]', await system.authenticators.code(user.email));
    await page.click('form.second-factor-setup button[type=submit]');
    await page.waitForSelector('#recovery-saved, form.second-factor-setup .out:not(:empty)');
    if (!(await page.locator('#recovery-saved').count())) throw new Error(`second factor set-up refused: ${await page.textContent('form.second-factor-setup .out')}`);
    await page.click('#recovery-saved');
  } else if (await page.locator('form.login label:has(input[name=code]):not([hidden])').count()) {
    await page.fill('input[name=code]', await system.authenticators.code(user.email));
    await page.click('form.login button[type=submit]');
  }
}

/** Creates a board user through the admin API (the bootstrap admin's session). */
export async function createUser(system: System, user: BoardLogin & { name: string; role: string; organization?: string }): Promise<void> {
  const { status, body } = await system.board('/v1/users', { method: 'POST', body: JSON.stringify(user) });
  if (status !== 201 && status !== 409) throw new Error(`creating ${user.email}: ${status} ${JSON.stringify(body)}`);
}

/** Logs a board user in through the API (with their second factor, set up on first login where the role needs one): their bearer token. */
export async function tokenOf(system: System, user: BoardLogin): Promise<string> {
  return (await logIn(system.urls.board, system.authenticators, user.email, user.password)).token;
}
