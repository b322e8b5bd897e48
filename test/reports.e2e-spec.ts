import { DateTime } from 'luxon';
import { createUser, tokenOf } from './support/browser';
import { eventually, System } from './support/system';

/**
 * What the team reports to funders and partners (issue 16): the incidents export (outcomes, counts and
 * timings as CSV, no reporter details, free text only when asked for, every export audited) and the
 * period's figures the reports page draws.
 */
const system = new System();
const COORDINATOR = { email: 'coordinator@reports.test', password: 'coordinator-pass-2026', name: 'Malee', role: 'coordinator' };
const OPERATOR = { email: 'operator@reports.test', password: 'operator-pass-2026', name: 'Noi', role: 'operator', organization: 'mekong-child-protection' };
const REPORTER = { name: 'Khun Reporter', phone: '+66811112222' };
const STAMP = Date.now().toString(36);

beforeAll(async () => {
  await system.start();
  for (const u of [COORDINATOR, OPERATOR]) await createUser(system, u);
}, 120_000);
afterAll(() => system.stop());

async function tip(text: string, district: string): Promise<string> {
  const res = await system.postTip({ channel: 'hotline', text, location: { district }, reporter: REPORTER, callbackAllowed: true });
  expect(res.status).toBe(202);
  return system.incidentOfTip(((await res.json()) as { tipId: string }).tipId, 20_000);
}

async function exportCsv(token: string, query: Record<string, string>) {
  const res = await fetch(`${system.urls.board}/v1/reports/incidents.csv?${new URLSearchParams(query)}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** The rows of a CSV whose cells hold no commas, quotes or line breaks, as objects by header. */
function rowsOf(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));
  return lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

/** Bangkok days around now: the period holds the incidents whatever the hour the test runs at. */
const days = () => {
  const today = DateTime.now().setZone('Asia/Bangkok');
  return { from: today.minus({ days: 1 }).toISODate()!, to: today.plus({ days: 1 }).toISODate()! };
};

it('exports the incidents of a period with outcome, rescued counts and timings, never a reporter, no free text unless asked; audited', async () => {
  const rescuedText = `Three girls about 15 are locked in a karaoke room in Mae Sai tonight (${STAMP}-a)`;
  const openText = `Workers say the boss keeps their passports at a farm near Chiang Khong (${STAMP}-b)`;
  const rescued = await tip(rescuedText, 'mae-sai');
  const open = await tip(openText, 'chiang-khong');
  expect((await system.board(`/v1/incidents/${rescued}/acknowledge`, { method: 'POST', body: '{}' })).status).toBe(202);
  await eventually(async () => expect((await system.incident(rescued)).roles.every((r: any) => !r.required || r.state === 'accepted')).toBe(true), 20_000);
  const resolve = { outcome: 'rescued', rescued: { minors: 3, adults: 1 }, note: 'all three at the shelter' };
  expect((await system.board(`/v1/incidents/${rescued}/resolve`, { method: 'POST', body: JSON.stringify(resolve) })).status).toBe(202);
  await eventually(async () => expect((await system.incident(rescued)).state).toBe('resolved'), 20_000);
  const [a, b] = [await system.incident(rescued), await system.incident(open)];

  const coordinator = await tokenOf(system, COORDINATOR);
  const res = await exportCsv(coordinator, days());
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="incidents-${days().from}-to-${days().to}.csv"`);
  const rows = rowsOf(res.text);
  const rowA = rows.find((r) => r.case_ref === a.caseRef)!;
  const rowB = rows.find((r) => r.case_ref === b.caseRef)!;
  expect(rowA).toMatchObject({ district: 'mae-sai', priority: 'P1', children: 'yes', state: 'resolved', outcome: 'rescued', rescued_minors: '3', rescued_adults: '1', tips: '1', channels: 'hotline' });
  expect(Number(rowA.minutes_to_first_page)).toBeGreaterThanOrEqual(0);
  for (const role of a.roles.filter((r: any) => r.required).map((r: any) => r.role)) expect(Number(rowA[`minutes_to_${role}_accepted`])).toBeGreaterThanOrEqual(0);
  expect(rowB).toMatchObject({ district: 'chiang-khong', outcome: '', resolved_at: '' });
  expect(['triggered', 'acknowledged']).toContain(rowB.state);
  // What must not be in it: the reporter, and the tips' words.
  for (const secret of [REPORTER.name, REPORTER.phone, STAMP]) expect(res.text).not.toContain(secret);

  const chiangKhong = rowsOf((await exportCsv(coordinator, { ...days(), district: 'chiang-khong' })).text);
  expect(chiangKhong.map((r) => r.case_ref)).toEqual([b.caseRef]);
  const withText = await exportCsv(coordinator, { ...days(), district: 'mae-sai', text: 'true' });
  expect(withText.text.split(/\r?\n/)[0]).toMatch(/,summary,tip_text$/);
  expect(withText.text).toContain(rescuedText);
  expect(withText.text).not.toContain(REPORTER.phone);

  // The same period as figures (the reports page): counts, outcomes, rescued, and how fast.
  const summary = await fetch(`${system.urls.board}/v1/reports/summary?${new URLSearchParams(days())}`, { headers: { authorization: `Bearer ${coordinator}` } }).then((r) => r.json() as any);
  expect(summary).toMatchObject({
    incidents: 2, rescuedMinors: 3, rescuedAdults: 1, falseAlarms: 0, referred: 0, chainsExhausted: 0,
    tips: { byChannel: [{ key: 'hotline', n: 2 }] },
    incidentsBy: { district: expect.arrayContaining([{ key: 'mae-sai', n: 1 }, { key: 'chiang-khong', n: 1 }]), outcome: expect.arrayContaining([{ key: 'rescued', n: 1 }, { key: 'open', n: 1 }]) },
  });
  expect(summary.minutesFromFirstTip.firstPage).toMatchObject({ n: 2, median: expect.any(Number), p90: expect.any(Number) });
  for (const role of a.roles.filter((r: any) => r.required).map((r: any) => r.role)) expect(summary.minutesFromFirstTip.accepted[role].n).toBeGreaterThanOrEqual(1);
  expect(JSON.stringify(summary)).not.toContain(REPORTER.phone);

  const audited = await system.sql(`SELECT detail FROM audit_log WHERE action = 'report.exported' ORDER BY seq`);
  expect(audited.map((r: any) => [r.detail.email, r.detail.filter.district ?? null, r.detail.filter.text ?? null, r.detail.rows])).toEqual([
    [COORDINATOR.email, null, null, rows.length],
    [COORDINATOR.email, 'chiang-khong', null, 1],
    [COORDINATOR.email, 'mae-sai', 'true', 1],
  ]);
}, 120_000);

it('records who takes a referred case on, and refuses a referral without one or to an unknown organisation', async () => {
  const incidentId = await tip(`Two boys about 12 found alone at the Mae Sai bus station, they say a man brought them (${STAMP}-c)`, 'mae-sai');
  const resolve = (body: object) => system.board(`/v1/incidents/${incidentId}/resolve`, { method: 'POST', body: JSON.stringify(body) });
  expect(await resolve({ outcome: 'referred' })).toMatchObject({ status: 400, body: { message: 'referral: say who takes the case on: {kind, organization}' } });
  expect(await resolve({ outcome: 'cross-border-handover', referral: { kind: 'shelter', organization: 'tachileik-liaison' } })).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^referral\.kind: /) } });
  expect(await resolve({ outcome: 'referred', referral: { kind: 'social-development', organization: 'psdhs-nowhere' } })).toMatchObject({
    status: 400, body: { message: 'referral.organization: no organisation "psdhs-nowhere" in the directory' },
  });
  expect((await system.incident(incidentId)).state).not.toBe('resolved');

  const referral = { kind: 'social-development', organization: 'psdhs-chiang-rai' };
  expect((await resolve({ outcome: 'referred', referral, rescued: { minors: 2, male: 2 }, note: 'both at the PSDHS shelter' })).status).toBe(202);
  const resolved = await eventually(async () => {
    const incident = await system.incident(incidentId);
    expect(incident.state).toBe('resolved');
    return incident;
  }, 20_000);
  expect(resolved.timeline.find((e: any) => e.kind === 'resolved').detail).toMatchObject({ outcome: 'referred', referral });
  expect(resolved.timeline.find((e: any) => e.kind === 'rescued-count').detail).toMatchObject({ minors: 2, male: 2 });
  const rows = rowsOf((await exportCsv(await tokenOf(system, COORDINATOR), { ...days(), district: 'mae-sai' })).text);
  expect(rows.find((r) => r.case_ref === resolved.caseRef)).toMatchObject({ outcome: 'referred', referred_to: 'psdhs-chiang-rai', rescued_minors: '2' });
}, 60_000);

it("gives the period's report as one file to print: the page's figures, no reporter and no tip words; audited", async () => {
  const coordinator = await tokenOf(system, COORDINATOR);
  const auth = { headers: { authorization: `Bearer ${coordinator}` } };
  const summary = await fetch(`${system.urls.board}/v1/reports/summary?${new URLSearchParams(days())}`, auth).then((r) => r.json() as any);
  const res = await fetch(`${system.urls.board}/v1/reports/report.html?${new URLSearchParams(days())}`, auth);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="report-${days().from}-to-${days().to}.html"`);
  const html = await res.text();
  const figure = (label: string) => html.match(new RegExp(`${label} <span class="th">[^<]*</span></th><td class="n">(\\d+)</td>`))?.[1];
  expect(figure('Incidents')).toBe(String(summary.incidents));
  expect(figure('Children rescued')).toBe(String(summary.rescuedMinors));
  expect(figure('Adults rescued')).toBe(String(summary.rescuedAdults));
  expect(html).toContain('Mae Sai');
  expect(html).not.toMatch(/<script|https?:\/\//); // one file that prints as it is: nothing to load
  for (const secret of [REPORTER.name, REPORTER.phone, STAMP]) expect(html).not.toContain(secret);
  const [audit] = await system.sql(`SELECT actor, subject, detail FROM audit_log WHERE action = 'report.exported' ORDER BY seq DESC LIMIT 1`);
  expect(audit).toMatchObject({ subject: 'report:summary', detail: { email: COORDINATOR.email, rows: summary.incidents, filter: { from: days().from, to: days().to } } });
  expect((await fetch(`${system.urls.board}/v1/reports/report.html?${new URLSearchParams(days())}`, { headers: { authorization: `Bearer ${await tokenOf(system, OPERATOR)}` } })).status).toBe(403);
}, 60_000);

it('is for coordinators and admins, and a bad filter is a 400 naming the field, not audited', async () => {
  const before = (await system.sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.exported'`))[0].n;
  expect((await exportCsv(await tokenOf(system, OPERATOR), days())).status).toBe(403);
  const coordinator = await tokenOf(system, COORDINATOR);
  expect(await exportCsv(coordinator, { from: '2026-13-01', to: '2026-12-01' })).toMatchObject({ status: 400, text: expect.stringContaining('from: ') });
  expect(await exportCsv(coordinator, { from: '2026-12-02', to: '2026-12-01' })).toMatchObject({ status: 400, text: expect.stringContaining('to: must not be before from') });
  expect(await exportCsv(coordinator, { ...days(), district: 'bangkok' })).toMatchObject({ status: 400, text: expect.stringContaining('district: ') });
  expect((await system.sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.exported'`))[0].n).toBe(before);
}, 60_000);
