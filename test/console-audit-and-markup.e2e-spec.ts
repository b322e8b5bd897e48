import { Browser, Page } from 'playwright-core';
import { chromiumProblem, ConsolePage, createUser, launchChromium, openConsole, tokenOf } from './support/browser';
import { eventually, System } from './support/system';

/**
 * Two things a security reviewer checks in the console (issue 20): a tip written with markup
 * (`<img src=x onerror=…>`) is shown as text on every page of the console and of the phone simulator,
 * never run; and an admin sees who read which reporter's details, filtered by user, with the audit
 * log's hash chain checked.
 */
const problem = chromiumProblem();
if (problem) console.warn(`SKIPPING the console audit and markup browser tests: ${problem}`);
const inBrowser = problem ? describe.skip : describe;

const system = new System();
let browser: Browser | undefined;
const opened: ConsolePage[] = [];

const ADMIN = () => ({ email: system.env.BOARD_BOOTSTRAP_ADMIN_EMAIL!, password: system.env.BOARD_BOOTSTRAP_ADMIN_PASSWORD! });
const COORDINATOR = { email: 'reader@audit-view.test', password: 'coordinator-reads', name: 'Somsri (coordinator)', role: 'coordinator' };
const MARKUP = `<img src=x onerror="window.__xss='img'"><script>window.__xss='script'</script><b>Two girls</b> locked in a karaoke bar in Mae Sai`;

beforeAll(async () => {
  await system.start();
  if (!problem) browser = await launchChromium();
  await createUser(system, COORDINATOR);
}, 120_000);

afterAll(async () => {
  for (const p of opened) await p.close().catch(() => undefined);
  await browser?.close();
  await system.stop();
});

async function open(user: { email: string; password: string }) {
  const c = await openConsole(browser!, system, user);
  opened.push(c);
  return c;
}

/** Nothing of the markup became markup: no injected element, no script ran. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (globalThis as any).__xss)).toBeUndefined();
  expect(await page.locator('img[src=x], b:text("Two girls")').count()).toBe(0);
}

inBrowser('markup in a tip', () => {
  it('shows as text on the board, the incident, the audit page and in the phone simulator', async () => {
    const res = await system.postTip({
      channel: 'hotline', text: `${MARKUP} (${Date.now()})`, location: { district: 'mae-sai' },
      reporter: { name: '<i>Reporter</i>', phone: '+66811112222' }, callbackAllowed: true,
    });
    expect(res.status).toBe(202);
    const incidentId = await system.incidentOfTip(((await res.json()) as { tipId: string }).tipId, 15_000);

    const { page, errors } = await open(ADMIN());
    for (const hash of ['#/board', `#/incident/${incidentId}`, '#/audit', '#/dead-letters', '#/oncall', '#/users']) {
      await page.goto(`${system.urls.board}/${hash}`);
      await page.waitForLoadState('networkidle');
      await expectInert(page);
    }
    await page.goto(`${system.urls.board}/#/incident/${incidentId}`);
    const text = page.locator('.tip-text').first();
    await text.waitFor();
    expect(await text.textContent()).toContain('<img src=x onerror=');
    await page.click('button.reveal');
    await page.waitForSelector('dl.reporter');
    expect(await page.textContent('dl.reporter')).toContain('<i>Reporter</i>');
    await expectInert(page);
    expect(errors).toEqual([]);

    // The phone simulator: a member of the public sends the same text by LINE.
    const sim = await browser!.newPage();
    try {
      await sim.goto(`${system.urls.sandbox}/`);
      await sim.locator('.person .name', { hasText: 'Anna (volunteer)' }).first().click();
      await sim.waitForSelector('#title >> text=Anna (volunteer)');
      await sim.click('#follow');
      await sim.locator('#chat').getByText('Your report and who you are stay confidential').waitFor();
      await sim.selectOption('#channel', 'line');
      await sim.fill('#text', MARKUP);
      await sim.click('#composer button[type=submit]');
      await sim.locator('#chat').getByText('<img src=x onerror=', { exact: false }).first().waitFor();
      await sim.locator('#chat').getByText(/Your reference: CR-/).waitFor({ timeout: 20_000 }).catch(async (err) => {
        throw new Error(`${err.message}\nchat: ${await sim.locator('#chat').textContent()}`);
      });
      await expectInert(sim);
    } finally {
      await sim.close();
    }
  }, 90_000);
});

inBrowser('who read which reporter (audit page)', () => {
  it('lists each read with who and which incident, filters by user, and says the chain holds', async () => {
    const res = await system.postTip({
      channel: 'hotline', text: `A boy aged 13 kept in a shed in Chiang Khong (${Date.now()})`, location: { district: 'chiang-khong' },
      reporter: { name: 'Caller', phone: '+66833334444' }, callbackAllowed: false,
    });
    const { tipId } = (await res.json()) as { tipId: string };
    await system.incidentOfTip(tipId, 15_000);
    const token = await tokenOf(system, COORDINATOR);
    const read = await fetch(`${system.urls.board}/v1/tips/${tipId}/reporter`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);

    const { page, errors } = await open(ADMIN());
    await page.goto(`${system.urls.board}/#/audit`);
    await page.waitForSelector('.chain.ok');
    expect(await page.textContent('.chain')).toMatch(/Audit log intact: \d+ entries, the hash chain holds\./);
    await eventually(async () => expect(await page.locator('table.audit tbody tr').count()).toBeGreaterThan(0));
    const [{ id: coordinatorId }] = await system.sql<{ id: string }>('SELECT id FROM users WHERE email = $1', [COORDINATOR.email]);
    await page.selectOption('select[name=user]', coordinatorId);
    await eventually(async () => {
      const rows = await page.locator('table.audit tbody tr').allTextContents();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toContain('Somsri (coordinator)');
      expect(rows.some((r) => r.includes(tipId))).toBe(true);
    });
    // Only admins read the audit: a coordinator is refused.
    const refused = await fetch(`${system.urls.board}/v1/audit/reporter-views`, { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(403);
    expect(errors).toEqual([]);
  }, 60_000);
});
