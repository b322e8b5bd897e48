import { Browser } from 'playwright-core';
import { chromiumProblem, ConsolePage, createUser, launchChromium, openConsole, tokenOf } from './support/browser';
import { eventually, sleep, System } from './support/system';

/**
 * The coordinator's actions that change who is paged: reassign and merge in the console, and
 * re-dispatch after a triage correction through the API, against the whole system. Deadlines run 20
 * times faster than real time (a P1 step waits 15 s), so "the chain carries on" can be watched.
 */
const problem = chromiumProblem();
if (problem) console.warn(`SKIPPING the board action browser tests: ${problem}`);
const inBrowser = problem ? describe.skip : describe;

const TIME_SCALE = 0.05;
const P1_STEP_MS = 5 * 60_000 * TIME_SCALE;
const system = new System({ ESCALATION_TIME_SCALE: String(TIME_SCALE) });
let browser: Browser | undefined;
const pages: ConsolePage[] = [];

const USERS = {
  coordinator: { email: 'coordinator@actions.test', password: 'coordinator-pass', name: 'Malee (coordinator)', role: 'coordinator' },
  operator: { email: 'operator@actions.test', password: 'operator-pass', name: 'Noi (hotline)', role: 'operator', organization: 'mekong-child-protection' },
};

async function open(user: keyof typeof USERS, lang: 'en' | 'th' = 'en') {
  const console = await openConsole(browser!, system, USERS[user], { lang });
  pages.push(console);
  return console;
}

beforeAll(async () => {
  await system.start();
  if (!problem) browser = await launchChromium();
  for (const user of Object.values(USERS)) await createUser(system, user);
}, 120_000);

afterAll(async () => {
  for (const p of pages) await p.close().catch(() => undefined);
  await browser?.close();
  await system.stop();
});

afterEach(async () => {
  // Closed before the next test opens its own context (closing in the background raced it).
  const done = pages.splice(0);
  await Promise.all(done.map((p) => p.close().catch(() => undefined)));
  for (const p of done) expect(p.errors).toEqual([]);
});

async function openIncident(text: string, district: string): Promise<string> {
  const res = await system.postTip({ channel: 'hotline', text: `${text} (${Date.now()})`, location: { district } });
  expect(res.status).toBe(202);
  return system.incidentOfTip(((await res.json()) as { tipId: string }).tipId, 15_000);
}

/** Waits until dispatch has paged `role` (at `step`, if given) and returns that incident. */
async function pagedFor(incidentId: string, role: string, step?: number): Promise<any> {
  return eventually(async () => {
    const incident = await system.incident(incidentId);
    const pages = incident.alerts.filter((a: any) => a.kind === 'page' && a.role === role && (step === undefined || a.step === step));
    expect(pages.length).toBeGreaterThan(0);
    return incident;
  }, 15_000);
}

const pagesOf = (incident: any, role?: string) => incident.alerts.filter((a: any) => a.kind === 'page' && (!role || a.role === role));
const noticesTo = (incident: any, responderId: string) => incident.alerts.filter((a: any) => a.kind === 'notice' && a.responderId === responderId);
const chainOf = (incident: any, role: string) => incident.roles.find((r: any) => r.role === role);

async function override(incidentId: string, body: object) {
  const res = await system.board(`/v1/incidents/${incidentId}/override`, { method: 'POST', body: JSON.stringify(body) });
  expect(res.status).toBe(200);
}

inBrowser('reassign (console)', () => {
  it('pages the chosen responder now, tells the police paged so far to stand down, and the chain carries on from there', async () => {
    const incidentId = await openIncident('Two girls, about 15, locked in a karaoke bar in Mae Sai, to be taken to Tachileik tonight', 'mae-sai');
    const before = await pagedFor(incidentId, 'police', 1);
    const first = pagesOf(before, 'police').find((a: any) => a.step === 1);
    const ngoPagesBefore = pagesOf(before, 'ngo').map((a: any) => `${a.id}:${a.state}`);
    // Someone of Mae Sai police who is not the one paged: the coordinator knows he is at the station.
    const { body: candidates } = await system.board(`/v1/incidents/${incidentId}/candidates?role=police`);
    // On call first (who else is on call depends on the hour: a second police layer may be); the one
    // paged is among them, marked paged.
    expect(candidates[0].onCall).toBe(true);
    expect(candidates.find((c: any) => c.responderId === first.responderId)).toMatchObject({ onCall: true, paged: 'paged' });
    const chosen = candidates.find((c: any) => !c.onCall && c.covers && c.responderId !== first.responderId);
    expect(chosen).toBeDefined();
    const search = chosen.name.match(/\(([^)]+)\)/)[1].split(' ').pop(); // his surname, as typed

    const { page } = await open('coordinator');
    await page.goto(`${system.urls.board}/#/incident/${incidentId}`);
    const form = page.locator('form[aria-label="Reassign"]');
    await form.locator('select[name=role]').selectOption('police');
    await form.locator('.candidate.on-call').first().waitFor();
    await form.locator('input[name=search]').fill(search);
    await form.locator(`.candidate[data-responder-id="${chosen.responderId}"]`).click();
    expect(await form.locator('.candidate').count()).toBe(1); // the search narrowed the list
    await form.locator('button[type=submit]').click();
    await page.locator('.timeline li[data-kind=reassigned]').waitFor({ timeout: 10_000 });
    expect(await page.textContent('.timeline li[data-kind=reassigned]')).toContain(`reassigned to ${chosen.name} by ${USERS.coordinator.name}`);

    const after = await eventually(async () => {
      const incident = await system.incident(incidentId);
      expect(pagesOf(incident, 'police').some((a: any) => a.responderId === chosen.responderId && a.channel === 'sms')).toBe(true);
      return incident;
    });
    const reassignedPage = pagesOf(after, 'police').find((a: any) => a.responderId === chosen.responderId && a.channel === 'sms');
    const step = reassignedPage.step;
    expect(chainOf(after, 'police')).toMatchObject({ state: 'pending', step });
    // His phone got the page with a reply code; the officer paged before is told, and is not paged again.
    await eventually(async () => {
      const [received] = await system.deliveriesOf(reassignedPage);
      expect(received.text).toContain(`ACK ${reassignedPage.code}`);
    });
    expect(pagesOf(after, 'police').filter((a: any) => a.responderId === first.responderId).every((a: any) => a.state === 'stood-down')).toBe(true);
    const told = noticesTo(after, first.responderId);
    expect(told).toHaveLength(1);
    expect(told[0].notice).toContain(chosen.name);
    // The other roles are untouched.
    expect(pagesOf(after, 'ngo').map((a: any) => `${a.id}:${a.state}`)).toEqual(ngoPagesBefore);

    // Nobody answers him: after his deadline the chain goes on with the step that would have come
    // next (the second on call), never back to the officer who was stood down.
    const next = await eventually(async () => {
      const incident = await system.incident(incidentId);
      const later = pagesOf(incident, 'police').filter((a: any) => a.step === step + 1);
      expect(later.length).toBeGreaterThan(0);
      return later;
    }, P1_STEP_MS + 15_000, 250);
    expect(next.map((a: any) => a.responderId)).not.toContain(first.responderId);
    expect(next.map((a: any) => a.responderId)).not.toContain(chosen.responderId);
    const { body: backup } = await system.board(`/v1/incidents/${incidentId}/candidates?role=police`);
    expect(backup.filter((c: any) => c.onCall).map((c: any) => c.responderId)).toContain(next[0].responderId);
  }, 90_000);

  it('refuses a responder who does not have the role, and a role already accepted (API)', async () => {
    const incidentId = await openIncident('A woman says she is held in a house in Chiang Khong and wants out', 'chiang-khong');
    const incident = await pagedFor(incidentId, 'police', 1);
    const ngo = pagesOf(incident, 'ngo')[0];
    const post = (body: object) => system.board(`/v1/incidents/${incidentId}/reassign`, { method: 'POST', body: JSON.stringify(body) });
    const wrongRole = await post({ role: 'police', responderId: ngo.responderId });
    expect(wrongRole.status).toBe(400);
    expect(wrongRole.body.message).toMatch(/does not have the role police/);
    expect((await post({ role: 'police', responderId: 'nobody-of-that-name' })).status).toBe(400);
    const sms = pagesOf(incident, 'ngo').find((a: any) => a.channel === 'sms');
    expect((await system.sendSms(sms.to, `ACK ${sms.code}`)).status).toBe(200);
    await eventually(async () => expect(chainOf(await system.incident(incidentId), 'ngo').state).toBe('accepted'));
    const accepted = await post({ role: 'ngo', responderId: sms.responderId });
    expect(accepted.status).toBe(409);
    const operator = await tokenOf(system, USERS.operator);
    const res = await fetch(`${system.urls.board}/v1/incidents/${incidentId}/reassign`, {
      method: 'POST', headers: { authorization: `Bearer ${operator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'police', responderId: pagesOf(incident, 'police')[0].responderId }),
    });
    expect(res.status).toBe(403);
  });
});

inBrowser('merge (console)', () => {
  it('closes the duplicate pointing to the survivor, shows its tips there, stops its pages and tells those paged only for it', async () => {
    const survivorId = await openIncident('Three girls locked in a karaoke bar near the Mae Sai market, to cross to Tachileik tonight', 'mae-sai');
    // The same case phoned in by someone who placed it in Chiang Khong.
    const duplicateId = await openIncident('Girls locked in a karaoke bar, they will be taken across the river tonight', 'chiang-khong');
    const survivorBefore = await pagedFor(survivorId, 'police', 1);
    const duplicateBefore = await pagedFor(duplicateId, 'police', 1);
    await pagedFor(duplicateId, 'social-worker');
    const survivorPaged = new Set(pagesOf(survivorBefore).map((a: any) => a.responderId));
    const onlyDuplicate = [...new Set<string>(pagesOf(duplicateBefore).map((a: any) => a.responderId))].filter((r) => !survivorPaged.has(r));
    const both = [...new Set<string>(pagesOf(duplicateBefore).map((a: any) => a.responderId))].filter((r) => survivorPaged.has(r));
    expect(onlyDuplicate.length).toBeGreaterThan(0); // Chiang Khong police and NGO
    expect(both.length).toBeGreaterThan(0); // the province's duty social worker, paged for both

    // A hotline operator can neither merge in the API nor see the form.
    const operator = await tokenOf(system, USERS.operator);
    const refused = await fetch(`${system.urls.board}/v1/incidents/${duplicateId}/merge`, {
      method: 'POST', headers: { authorization: `Bearer ${operator}`, 'content-type': 'application/json' }, body: JSON.stringify({ into: survivorId }),
    });
    expect(refused.status).toBe(403);

    const { page } = await open('coordinator');
    await page.goto(`${system.urls.board}/#/incident/${duplicateId}`);
    const form = page.locator('form[aria-label="Merge into another incident"]');
    await form.locator('input[name=search]').fill(survivorBefore.caseRef);
    await form.locator(`select[name=into] option[value="${survivorId}"]`).waitFor({ state: 'attached' });
    expect(await form.locator('select[name=into] option').count()).toBe(1);
    await form.locator('select[name=into]').selectOption(survivorId);
    page.once('dialog', (dialog) => void dialog.accept());
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('.incident-page[data-state=resolved]', { timeout: 10_000 });
    expect(await page.textContent('.merged-banner')).toContain(survivorBefore.caseRef);
    expect(await page.locator('form[aria-label="Merge into another incident"]').count()).toBe(0);

    const duplicate = await system.incident(duplicateId);
    expect(duplicate).toMatchObject({ state: 'resolved', outcome: 'duplicate', mergedInto: survivorId, mergedIntoCaseRef: survivorBefore.caseRef });
    expect(duplicate.timeline.find((e: any) => e.kind === 'merged-into').detail).toMatchObject({ into: survivorId, byName: USERS.coordinator.name });
    for (const id of onlyDuplicate) expect(noticesTo(duplicate, id).map((n: any) => n.notice).join(' ')).toContain(survivorBefore.caseRef);
    for (const id of both) expect(noticesTo(duplicate, id)).toEqual([]);

    // The survivor shows the duplicate's tip, marked, and records the merge.
    await page.click('.merged-banner a');
    await page.waitForSelector(`.incident-page .tip-merged`);
    expect(await page.textContent('.tip-merged')).toContain(duplicateBefore.caseRef);
    const survivor = await system.incident(survivorId);
    expect(survivor.tips.map((t: any) => t.mergedFrom?.id ?? survivorId)).toEqual(expect.arrayContaining([survivorId, duplicateId]));
    expect(survivor.timeline.find((e: any) => e.kind === 'merged-from').detail).toMatchObject({ from: duplicateId, tips: 1 });
    expect(survivor.state).not.toBe('resolved');

    // Its pending pages stop: past the duplicate's deadline nothing of it escalates.
    await sleep(P1_STEP_MS + 3_000);
    const later = await system.incident(duplicateId);
    expect(pagesOf(later).filter((a: any) => a.step > 1)).toEqual([]);
    expect((await system.sql('SELECT count(*)::int AS n FROM reply_codes WHERE incident_id = $1', [duplicateId]))[0].n).toBe(0);
    const mergeAgain = await system.board(`/v1/incidents/${duplicateId}/merge`, { method: 'POST', body: JSON.stringify({ into: survivorId }) });
    expect(mergeAgain.status).toBe(409);
  }, 90_000);
});

describe('re-dispatch after a triage correction (API)', () => {
  it('pages the new district on a district change for roles not accepted, and stands the old district down', async () => {
    const incidentId = await openIncident('Two girls, about 15, locked in a karaoke bar in Mae Sai, to be taken to Tachileik tonight', 'mae-sai');
    const before = await pagedFor(incidentId, 'ngo', 1);
    const ngo = pagesOf(before, 'ngo').find((a: any) => a.channel === 'sms');
    expect((await system.sendSms(ngo.to, `ACK ${ngo.code}`)).status).toBe(200);
    await eventually(async () => expect(chainOf(await system.incident(incidentId), 'ngo').state).toBe('accepted'));
    const maeSaiPolice = pagesOf(before, 'police').map((a: any) => a.responderId);

    await override(incidentId, { district: 'chiang-khong', reason: 'The caller confirmed the bar is in Chiang Khong' });
    const after = await eventually(async () => {
      const incident = await system.incident(incidentId);
      expect(pagesOf(incident, 'police').some((a: any) => a.organization === 'police-chiang-khong')).toBe(true);
      return incident;
    });
    const police = chainOf(after, 'police');
    expect(police.state).toBe('pending');
    expect(after.policyId).toBe('chiang-khong-p1');
    for (const id of maeSaiPolice) expect(noticesTo(after, id).map((n: any) => n.notice).join(' ')).toMatch(/Chiang Khong|เชียงของ/);
    // The accepted NGO stays accepted: nobody of the NGOs of Chiang Khong is paged.
    expect(chainOf(after, 'ngo')).toMatchObject({ state: 'accepted', acceptedBy: ngo.responderId });
    expect(pagesOf(after, 'ngo').filter((a: any) => !a.responderId.startsWith('mae-sai-'))).toEqual([]);
    expect(after.timeline.find((e: any) => e.kind === 'redispatched').detail).toMatchObject({
      from: { district: 'mae-sai' }, to: { district: 'chiang-khong' }, roles: expect.arrayContaining(['police']),
    });
  });

  it('pages nobody new when the priority goes down, and the roles newly required when it goes up', async () => {
    const incidentId = await openIncident('My cousin went to work in a factory in Mae Sai and has not called for a week, the boss keeps her passport', 'mae-sai');
    const p2 = await pagedFor(incidentId, 'ngo', 1);
    expect(p2.priority).toBe('P2');
    await pagedFor(incidentId, 'police'); // informed at P2
    const settled = await eventually(async () => {
      const incident = await system.incident(incidentId);
      expect(incident.alerts.every((a: any) => a.deliveryStatus)).toBe(true);
      return incident;
    });

    await override(incidentId, { priority: 'P3', reason: 'She called her mother yesterday' });
    await sleep(1_500);
    const lowered = await system.incident(incidentId);
    expect(lowered.priority).toBe('P3');
    expect(lowered.alerts.map((a: any) => a.id).sort()).toEqual(settled.alerts.map((a: any) => a.id).sort());

    await override(incidentId, { priority: 'P1', reason: 'The caller says she is locked in at night' });
    const raised = await eventually(async () => {
      const incident = await system.incident(incidentId);
      expect(chainOf(incident, 'police')).toMatchObject({ required: true, state: 'pending' });
      expect(pagesOf(incident, 'police').some((a: any) => a.step > 1 && a.code)).toBe(true);
      expect(chainOf(incident, 'liaison')).toBeDefined();
      return incident;
    });
    // The NGO chain kept running where it was: no second page to the NGO on call.
    expect(pagesOf(raised, 'ngo').map((a: any) => a.id).sort()).toEqual(pagesOf(settled, 'ngo').map((a: any) => a.id).sort());
    expect(raised.timeline.filter((e: any) => e.kind === 'redispatched')).toHaveLength(1);
  });

  it('starts escalating a review incident raised out of P4', async () => {
    const incidentId = await openIncident('Neighbours think a Burmese girl works long hours at a noodle shop in Mae Sai and never goes out', 'mae-sai');
    const review = await system.incident(incidentId);
    expect(review).toMatchObject({ state: 'review', priority: 'P4' });
    expect(review.alerts).toEqual([]);
    await override(incidentId, { priority: 'P2', reason: 'The girl is 14 and her papers are kept by the owner' });
    const started = await pagedFor(incidentId, 'ngo', 1);
    expect(started.state).toBe('triggered');
    expect(started.policyId).toBe('mae-sai-p2');
  });
});

inBrowser('re-notify (console)', () => {
  it('pages again whoever the role waits for, shown on the timeline, without moving the chain', async () => {
    const incidentId = await openIncident('A girl of 14 locked in a room above a shop in Mae Sai, moved tonight', 'mae-sai');
    const before = await pagedFor(incidentId, 'police', 1);
    const sms = pagesOf(before, 'police').find((a: any) => a.step === 1 && a.channel === 'sms');
    const pagesSent = async () => (await system.messages(sms.to)).filter((m) => new RegExp(`\\bACK ${sms.code}\\b`).test(m.text));
    await eventually(async () => expect(await pagesSent()).toHaveLength(1));

    const { page } = await open('coordinator');
    await page.goto(`${system.urls.board}/#/incident/${incidentId}`);
    const form = page.locator('form[aria-label="Page again"]');
    await form.locator('select[name=role]').selectOption('police');
    await form.locator('button[type=submit]').click();
    await page.locator('.timeline li[data-kind=renotified]').waitFor({ timeout: 10_000 });
    expect(await page.textContent('.timeline li[data-kind=renotified]')).toContain('step 1 paged again');
    await eventually(async () => expect(await pagesSent()).toHaveLength(2));
    expect(chainOf(await system.incident(incidentId), 'police')).toMatchObject({ state: 'pending', step: 1 });
  });
});
