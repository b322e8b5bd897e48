import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { chromiumProblem, launchChromium } from './support/browser';
import { eventually, System } from './support/system';

/**
 * One incident in the phone simulator, as a new user would walk it: a member of the public adds the
 * LINE account (welcome), reports by LINE (receipt), the paged police officer taps Accept (and the
 * reporter hears that a team is responding), taps Arrived, and the coordinator resolves it.
 * With SCREENSHOT_DIR set (e.g. `SCREENSHOT_DIR=docs`) it saves the screenshots the README shows.
 */
const problem = chromiumProblem();
const describeWithBrowser = problem ? describe.skip : describe;
if (problem) console.warn(`simulator walkthrough skipped: ${problem}`);

const system = new System();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (problem) return;
  await system.start();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB', timezoneId: 'Asia/Bangkok' });
  page = await context.newPage();
  await page.goto(`${system.urls.sandbox}/`);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await system.stop();
});

async function shot(name: string) {
  if (!process.env.SCREENSHOT_DIR) return;
  await chat().locator('.bubble').last().scrollIntoViewIfNeeded(); // the newest message in view, as on a phone
  await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `simulator-walkthrough-${name}.png`) });
}

async function pick(name: string) {
  await page.locator('.person .name', { hasText: name }).first().click();
  await page.waitForSelector(`#title >> text=${name}`);
}

const chat = () => page.locator('#chat');

describeWithBrowser('phone simulator walkthrough', () => {
  it('from a public LINE tip to accepted, arrived and resolved', async () => {
    // The public: Anna adds the account and is welcomed in English (her LINE app's language).
    await pick('Anna (volunteer)');
    await page.click('#follow');
    await chat().getByText('Your report and who you are stay confidential').waitFor();
    const tip = `Three girls, about 15, locked in a karaoke bar near Sai Lom Joy market in Mae Sai; a man said they cross to Tachileik tonight. (${Date.now()})`;
    await page.selectOption('#channel', 'line');
    await page.fill('#text', tip);
    await page.click('#composer button[type=submit]');
    const receipt = chat().getByText(/Your reference: CR-/);
    await receipt.waitFor();
    const reference = /CR-[2-9A-HJKMNP-Z]{4}/.exec((await receipt.textContent())!)![0];
    await shot('1-public-tip');

    // Triage and dispatch: the police officer on call is paged on LINE.
    const [{ incident_id: incidentId }] = await eventually(async () => {
      const rows = await system.sql('SELECT incident_id FROM tips WHERE text = $1 AND incident_id IS NOT NULL', [tip]);
      expect(rows).toHaveLength(1);
      return rows;
    });
    const page1 = await eventually(async () => {
      const p = (await system.incident(incidentId)).alerts.find((a: any) => a.kind === 'page' && a.role === 'police' && a.channel === 'line');
      expect(p).toBeDefined();
      return p;
    }, 15_000);
    const [officer] = await system.sql('SELECT name FROM responders WHERE id = $1', [page1.responderId]);

    await pick(officer.name);
    const card = chat().locator('.flex').last();
    await card.waitFor();
    await shot('2-responder-paged');
    await card.locator('button.primary').click(); // Accept
    await eventually(async () => expect((await system.incident(incidentId)).state).toBe('acknowledged'));
    await chat().getByText(/ท่านรับเรื่องแล้ว|You accepted/).waitFor();

    // Anna hears that a team is responding, with her reference and no name.
    await pick('Anna (volunteer)');
    const told = chat().getByText(`Case ${reference}: a team is responding. Reply here if anything changes.`);
    await told.waitFor({ timeout: 15_000 });
    expect(await chat().textContent()).not.toContain(officer.name);
    await shot('3-public-told-accepted');

    // The officer arrives; the coordinator resolves the incident on the board.
    await pick(officer.name);
    await chat().locator('.flex').first().getByRole('button', { name: /ถึงแล้ว|Arrived/ }).click();
    await eventually(async () => {
      const police = (await system.incident(incidentId)).roles.find((r: any) => r.role === 'police');
      expect(police.arrivedAt).toBeTruthy();
    });
    const resolved = await system.board(`/v1/incidents/${incidentId}/resolve`, { method: 'POST', body: JSON.stringify({ outcome: 'rescued', note: 'three girls safe with PSDHS' }) });
    expect(resolved.status).toBeLessThan(300);
    await eventually(async () => expect((await system.incident(incidentId)).state).toBe('resolved'), 15_000);
    await chat().getByText(/ปิดแล้ว|closed/).last().waitFor({ timeout: 15_000 });
    await shot('4-responder-arrived-resolved');
  });
});
