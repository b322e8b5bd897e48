import { Browser } from 'playwright-core';
import { chromiumProblem, ConsolePage, createUser, launchChromium, openConsole } from './support/browser';
import { System } from './support/system';

/** The console's on-call page in a real browser: gaps, and a coordinator's override made and withdrawn. */
const problem = chromiumProblem();
if (problem) console.warn(`SKIPPING the on-call console test: ${problem}`);
const inBrowser = problem ? describe.skip : describe;

const system = new System();
const coordinator = { email: 'coordinator@oncall.test', password: 'coordinator-pass', name: 'Malee (coordinator)', role: 'coordinator' };
let browser: Browser;
let consolePage: ConsolePage | undefined;

beforeAll(async () => {
  if (problem) return;
  await system.start(['board']);
  browser = await launchChromium();
  await createUser(system, coordinator);
}, 90_000);
afterAll(async () => {
  await consolePage?.close().catch(() => undefined);
  await browser?.close();
  await system.stop();
});

/** `datetime-local` value of an instant on the Bangkok wall clock. */
const bangkokLocal = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16);

inBrowser('the on-call page', () => {
  it('shows that nothing is uncovered, and lets a coordinator cover the Mae Sai duty officer and withdraw it', async () => {
    consolePage = await openConsole(browser, system, coordinator);
    const { page } = consolePage;
    await page.click('nav a[href="#/oncall"]');
    await page.waitForSelector('.oncall-page li');
    expect(await page.textContent('.oncall-page ul.gaps')).toContain('Every schedule has someone on call');

    const { body: [primary] } = await system.board('/v1/oncall?district=mae-sai&role=police');
    await page.selectOption('select[name=schedule]', 'mae-sai-police');
    const cover = 'mae-sai-police-piyaphong' === primary.responderId ? 'mae-sai-police-kanchana' : 'mae-sai-police-piyaphong';
    await page.selectOption('select[name=responder]', cover);
    await page.selectOption('select[name=replaces]', primary.responderId);
    await page.fill('input[name=start]', bangkokLocal(Date.now() - 60_000));
    await page.fill('input[name=end]', bangkokLocal(Date.now() + 3_600_000));
    await page.fill('input[name=note]', 'hospital appointment');
    await page.click('.oncall-page form button[type=submit]');
    await page.waitForSelector('text=Override saved');
    expect(await page.textContent('table.overrides')).toContain('hospital appointment');
    expect((await system.board('/v1/oncall?district=mae-sai&role=police')).body[0].responderId).toBe(cover);
    expect(await page.textContent('table.audit')).toContain('override.added');

    await page.click('table.overrides button');
    await page.waitForSelector('text=Override removed');
    expect((await system.board('/v1/oncall?district=mae-sai&role=police')).body[0].responderId).toBe(primary.responderId);
    expect(consolePage.errors).toEqual([]);
  });
});
