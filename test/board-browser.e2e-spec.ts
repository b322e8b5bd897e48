import { Browser } from 'playwright-core';
import { chromiumProblem, ConsolePage, createUser, launchChromium, openConsole, tokenOf } from './support/browser';
import { readBoardEvents, SseEvent } from './support/sse';
import { eventually, sleep, System } from './support/system';

/**
 * The console in a real browser against the whole system: the live board, the operator's form,
 * and organisation scoping. Deadlines run in real time here (5 minutes for a P1), so countdowns tick.
 */
const problem = chromiumProblem();
if (problem) console.warn(`SKIPPING the board browser tests: ${problem}`);
const inBrowser = problem ? describe.skip : describe;

const system = new System();
let browser: Browser;
const pages: ConsolePage[] = [];

const USERS = {
  coordinator: { email: 'coordinator@board.test', password: 'coordinator-pass', name: 'Malee (coordinator)', role: 'coordinator' },
  operator: { email: 'operator@board.test', password: 'operator-pass', name: 'Noi (hotline)', role: 'operator', organization: 'mekong-child-protection' },
  outsider: { email: 'outsider@board.test', password: 'outsider-pass', name: 'Chiang Khong desk', role: 'operator', organization: 'police-chiang-khong' },
};

async function open(user: keyof typeof USERS, lang: 'en' | 'th' = 'en') {
  const console = await openConsole(browser, system, USERS[user], { lang });
  pages.push(console);
  return console;
}

beforeAll(async () => {
  if (problem) return;
  await system.start();
  browser = await launchChromium();
  for (const user of Object.values(USERS)) await createUser(system, user);
  // The 2-second promise is about a running system, not the first tip through freshly started processes.
  const warmUp = await system.postTip({ channel: 'hotline', text: 'Warm-up: a man asks about jobs in Korea, Mueang Chiang Rai', location: { district: 'mueang-chiang-rai' } });
  await system.incidentOfTip(((await warmUp.json()) as { tipId: string }).tipId, 15_000);
}, 120_000);

afterAll(async () => {
  for (const p of pages) await p.close().catch(() => undefined);
  await browser?.close();
  await system.stop();
});

afterEach(async () => {
  // A page that threw is a broken console even if the assertions passed. Contexts are closed before
  // the next test opens its own (closing them in the background raced the next test's context).
  const done = pages.splice(0);
  await Promise.all(done.map((p) => p.close().catch(() => undefined)));
  for (const p of done) expect(p.errors).toEqual([]);
});

const secondsOf = (text: string) => text.split(':').reduce((total, part) => total * 60 + Number(part), 0);

inBrowser('the live board', () => {
  it('shows a new tip within 2 s without a reload, counts down, turns accepted on an SMS ACK, and is resolved by the coordinator', async () => {
    const { page } = await open('coordinator');
    await page.waitForSelector('body[data-live=on]');

    const posted = Date.now();
    const res = await system.postTip({
      channel: 'hotline',
      text: `Two girls, 14 and 15, locked in a karaoke bar in Mae Sai, to be taken to Tachileik tonight (${posted})`,
      location: { district: 'mae-sai' },
    });
    expect(res.status).toBe(202);
    const { tipId } = (await res.json()) as { tipId: string };
    const incidentId = await system.incidentOfTip(tipId, 2_000);
    const card = `article[data-incident-id="${incidentId}"]`;
    await page.waitForSelector(card, { timeout: Math.max(1, posted + 2_000 - Date.now()) });
    expect(Date.now() - posted).toBeLessThan(2_000);
    expect(await page.textContent(`${card} .district`)).toBe('Mae Sai');

    // The countdown to the next escalation appears once dispatch paged step 1, and it runs.
    const countdown = page.locator(`${card} .countdown.next`);
    await countdown.waitFor({ timeout: 5_000 });
    await countdown.filter({ hasText: /^\d+:\d\d$/ }).waitFor();
    const before = secondsOf((await countdown.textContent())!);
    await sleep(2_100);
    const after = secondsOf((await countdown.textContent())!);
    expect(before).toBeLessThanOrEqual(300);
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(before - 5);

    // The police officer paged by SMS answers ACK <code>: the board shows it without a reload.
    const police = await eventually(async () => {
      const incident = await system.incident(incidentId);
      const page1 = incident.alerts.find((a: any) => a.kind === 'page' && a.role === 'police' && a.channel === 'sms' && a.step === 1);
      expect(page1).toBeDefined();
      return page1;
    });
    await page.waitForSelector(`${card} tr[data-role=police][data-role-state=pending]`);
    expect(await page.textContent(`${card} tr[data-role=police]`)).toContain(police.name);
    expect((await system.sendSms(police.to, `ACK ${police.code}`)).status).toBe(200);
    await page.waitForSelector(`${card} tr[data-role=police][data-role-state=accepted]`, { timeout: 5_000 });
    expect(await page.textContent(`${card} tr[data-role=police] .accepted-by`)).toContain(police.name);
    expect(await page.getAttribute(card, 'data-state')).toBe('acknowledged');

    // The coordinator opens it and resolves it: rescued, with counts.
    await page.click(`${card} a.card-link`);
    await page.waitForSelector('.incident-page[data-state=acknowledged]');
    expect(await page.textContent('.timeline')).toContain(police.name);
    await page.selectOption('form[aria-label="Resolve"] select[name=outcome]', 'rescued');
    await page.fill('form[aria-label="Resolve"] input[name=minors]', '2');
    await page.fill('form[aria-label="Resolve"] textarea[name=note]', 'Both girls with PSDHS shelter');
    await page.click('form[aria-label="Resolve"] button[type=submit]');
    await page.waitForSelector('.incident-page[data-state=resolved]', { timeout: 5_000 });
    const resolved = await system.incident(incidentId);
    expect(resolved).toMatchObject({ state: 'resolved', outcome: 'rescued' });
    expect(resolved.timeline.find((t: any) => t.kind === 'rescued-count').detail).toMatchObject({ minors: 2, adults: 0 });

    await page.click('a[href="#/board"]');
    await page.waitForSelector('.board');
    expect(await page.locator(card).count()).toBe(0);
  });

  it('replays what a browser missed when it reconnects with Last-Event-ID', async () => {
    const token = await system.login();
    const first = await readEvents(token, undefined, (events) => events.some((e) => e.event === 'ready'));
    const cursor = first.find((e) => e.event === 'ready')!.id!;

    const res = await system.postTip({ channel: 'hotline', text: `A woman says she is held in a house in Chiang Khong and wants out (${Date.now()})`, location: { district: 'chiang-khong' } });
    const incidentId = await system.incidentOfTip(((await res.json()) as { tipId: string }).tipId);
    await sleep(300);

    const replayed = await readEvents(token, cursor, (events) => events.some((e) => e.data?.incidentId === incidentId && e.data?.subject === 'incidents.opened'));
    const opened = replayed.find((e) => e.data?.incidentId === incidentId && e.data?.subject === 'incidents.opened')!;
    expect(opened.event).toBe('change');
    expect(opened.id).toMatch(/^INCIDENTS:\d+,ALERTS:\d+,REPLIES:\d+,DEADLETTER:\d+$/);
    expect(JSON.stringify(replayed)).not.toMatch(/\+66\d/); // no phone numbers on the stream
  });
});

inBrowser('the operator console', () => {
  it('files a tip from the form by keyboard, shows the triage verdict with its reasons, and takes a correction', async () => {
    const { page } = await open('operator', 'th');
    await page.waitForSelector('form.tip-form');
    await page.fill('textarea[name=text]', 'มีเด็กผู้หญิงอายุประมาณ 14 ปี 2 คน ถูกขังอยู่ในร้านคาราโอเกะหลังตลาด เจ้าของร้านบอกว่าคืนนี้จะพาข้ามไปท่าขี้เหล็ก');
    await page.fill('.district-input', 'แม่สา');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('input[name=district]')).toBe('mae-sai');
    await page.check('input[name=childrenInvolved][value=yes]');
    await page.fill('input[name=peopleCount]', '2');
    await page.fill('input[name=reporterName]', 'ป้าแดง');
    await page.fill('input[name=reporterPhone]', '+66812345678');
    await page.check('input[name=callbackAllowed]');
    await page.selectOption('select[name=language]', 'th');
    await page.focus('input[name=reporterName]');
    await page.keyboard.press('Control+Enter');

    const verdict = page.locator('.triage-result section[data-priority]');
    await verdict.waitFor({ timeout: 10_000 });
    expect(await verdict.getAttribute('data-priority')).toBe('P1');
    expect(await page.textContent('.triage-result .district')).toBe('แม่สาย');
    expect((await page.textContent('.triage-result .explanation'))!.length).toBeGreaterThan(10);
    const incidentId = (await verdict.getAttribute('data-incident-id'))!;
    const tipId = (await page.getAttribute('form.tip-form', 'data-tip-id'))!;

    // The operator knows better than the rules: the bar is in Chiang Saen.
    await page.selectOption('.triage-result select[name=district]', 'chiang-saen');
    await page.fill('.triage-result input[name=reason]', 'ผู้แจ้งยืนยันว่าร้านอยู่เชียงแสน');
    await page.click('.triage-result button[type=submit]');
    await page.locator('.triage-result .out').filter({ hasText: 'แก้ไขแล้ว' }).waitFor();
    const corrected = await system.incident(incidentId);
    expect(corrected.district).toBe('chiang-saen');
    expect(corrected.timeline.find((t: any) => t.kind === 'override').detail).toMatchObject({ from: { district: 'mae-sai' }, to: { district: 'chiang-saen' } });
    const [tip] = await system.sql('SELECT text, reporter_sealed, callback_allowed FROM tips WHERE id = $1', [tipId]);
    expect(tip.text).toContain('Children involved');
    expect(tip.reporter_sealed).not.toContain('+66812345678'); // sealed at rest
    expect(tip.callback_allowed).toBe(true);
    shared.operatorIncident = { incidentId, tipId };
  });

  it('lets a coordinator open the reporter details, and records the view', async () => {
    const { incidentId, tipId } = shared.operatorIncident!;
    const { page } = await open('coordinator');
    await page.goto(`${system.urls.board}/#/incident/${incidentId}`);
    await page.click(`article[data-tip-id="${tipId}"] button.reveal`);
    await page.waitForSelector('.reporter');
    expect(await page.textContent('.reporter')).toContain('+66812345678');
    const audit = await system.sql(`SELECT a.action FROM audit_log a JOIN users u ON u.id = a.actor WHERE u.email = $1 AND a.subject = $2`, [USERS.coordinator.email, `tip:${tipId}`]);
    expect(audit).toEqual([{ action: 'reporter.viewed' }]);
  });

  it('does not show the incident to a user of another organisation, in the console or the API (403)', async () => {
    const { incidentId, tipId } = shared.operatorIncident!;
    const { page } = await open('outsider');
    await page.goto(`${system.urls.board}/#/incident/${incidentId}`);
    await page.waitForSelector('.forbidden');
    expect(await page.textContent('.forbidden')).toMatch(/not shared with your organisation/);

    const outsider = await tokenOf(system, USERS.outsider);
    const get = (path: string, token: string) => fetch(`${system.urls.board}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await get(`/v1/incidents/${incidentId}`, outsider)).status).toBe(403);
    expect((await get(`/v1/tips/${tipId}`, outsider)).status).toBe(403);
    expect((await get(`/v1/tips/${tipId}/reporter`, outsider)).status).toBe(403);
    const list = (await (await get('/v1/incidents?status=open', outsider)).json()) as { id: string }[];
    expect(list.map((i) => i.id)).not.toContain(incidentId);
    // The operator's organisation filed it, so the operator follows it; their role still cannot see the reporter.
    const operator = await tokenOf(system, USERS.operator);
    expect((await get(`/v1/incidents/${incidentId}`, operator)).status).toBe(200);
    expect((await get(`/v1/tips/${tipId}/reporter`, operator)).status).toBe(403);
  });
});

const shared: { operatorIncident?: { incidentId: string; tipId: string } } = {};

/** Reads `GET /v1/events` until `enough` holds for what arrived (or 5 s pass). */
const readEvents = (token: string, lastEventId: string | undefined, enough: (events: SseEvent[]) => boolean) =>
  readBoardEvents(system.urls.board, token, lastEventId, enough);
