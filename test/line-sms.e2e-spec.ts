import { randomBytes } from 'node:crypto';
import { linkCodeSentTo } from './support/link-codes';
import { eventually, sleep, System } from './support/system';

/**
 * LINE and SMS both ways, through the real SDKs and signed webhooks from the sandbox: public tips
 * with receipts in the reporter's language, responders answering by LINE button, LINE text and SMS
 * code, linking a LINE account, STOP/START, refused signatures and postbacks, redeliveries, and
 * deliveries that fail (LINE blocked -> SMS fallback; 429/5xx -> retried, delivered once).
 */
// 0.01: a 5-minute step waits 3 s, so a second officer is paged (and later told to stand down).
const system = new System({ ESCALATION_TIME_SCALE: '0.01' });

beforeAll(() => system.start(), 90_000);
afterAll(() => system.stop());
afterEach(() => fetch(`${system.urls.sandbox}/__sandbox/faults`, { method: 'DELETE' }));

const lineUser = () => `U${randomBytes(16).toString('hex')}`;
const phone = () => `+6689${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
const REFERENCE = /CR-[2-9A-HJKMNP-Z]{4}/;
const BURMESE = /[\u1000-\u109f]/;

async function sandbox(path: string, body: unknown): Promise<any> {
  const res = await fetch(`${system.urls.sandbox}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as any;
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

const line = (body: Record<string, unknown>) => sandbox('/__sandbox/line', body);
const sms = (from: string, text: string) => sandbox('/__sandbox/sms', { from, body: text });
const fault = (plan: Record<string, unknown>) => sandbox('/__sandbox/faults', plan);

async function tipsWith(text: string): Promise<{ id: string; incident_id: string }[]> {
  return system.sql('SELECT id, incident_id FROM tips WHERE text = $1', [text]);
}

async function incidentOfText(text: string): Promise<string> {
  return eventually(async () => {
    const [tip] = await tipsWith(text);
    expect(tip?.incident_id).toBeDefined();
    return tip.incident_id;
  });
}

async function openP1(label: string): Promise<string> {
  const res = await system.postTip({
    channel: 'hotline',
    text: `Two girls aged 14 are locked in a room above a karaoke bar in Mae Sai and will be moved tonight (${label} ${Date.now()})`,
    location: { district: 'mae-sai' },
  });
  expect(res.status).toBe(202);
  return system.incidentOfTip(((await res.json()) as { tipId: string }).tipId);
}

const pages = (incident: any, role: string, channel?: string) =>
  incident.alerts.filter((a: any) => a.kind === 'page' && a.role === role && (!channel || a.channel === channel));

/** A police page on LINE, once the chain has paged a second officer (step 2) who can stand down. */
async function policePagedTwice(incidentId: string) {
  return eventually(async () => {
    const incident = await system.incident(incidentId);
    const police = pages(incident, 'police');
    expect(police.some((a: any) => a.step === 2)).toBe(true);
    const linePage = police.find((a: any) => a.channel === 'line');
    expect(linePage).toBeDefined();
    return { incident, linePage, police };
  }, 20_000);
}

const STAND_DOWN = /ไม่ต้องออกเหตุ|stand down/;

async function expectStoodDown(incidentId: string, acceptor: string) {
  await eventually(async () => {
    const incident = await system.incident(incidentId);
    expect(incident.state).toBe('acknowledged');
    expect(incident.roles.find((r: any) => r.role === 'police')).toMatchObject({ state: 'accepted', acceptedBy: acceptor });
    const others = pages(incident, 'police').filter((a: any) => a.responderId !== acceptor);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) {
      const notices = incident.alerts.filter((a: any) => a.kind === 'notice' && a.responderId === other.responderId);
      expect(notices.length).toBeGreaterThan(0);
      const received = (await Promise.all(notices.map((n: any) => system.messages(n.to)))).flat();
      expect(received.some((m) => STAND_DOWN.test(m.text))).toBe(true);
    }
  }, 15_000);
}

// First, while nothing else is being paged: the faults below meet this test's deliveries.
describe('provider failures', () => {
  it('a 429 from Twilio and a 503 from LINE are retried, and every page is delivered once', async () => {
    await fault({ channel: 'sms', failNext: 2, status: 429 });
    await fault({ channel: 'line', failNext: 2, status: 503 });
    const incidentId = await openP1('retries');
    const delivered = await eventually(async () => {
      const incident = await system.incident(incidentId);
      const step1 = incident.alerts.filter((a: any) => a.kind === 'page' && a.step === 1);
      expect(step1.length).toBeGreaterThan(1);
      expect(step1.every((a: any) => a.deliveryStatus === 'sent' || a.deliveryStatus === 'delivered')).toBe(true);
      return step1;
    }, 20_000);
    const failures = await system.sql(`SELECT count(*)::int AS n FROM alerts WHERE incident_id = $1 AND delivery_status = 'failed'`, [incidentId]);
    expect(failures[0].n).toBe(0);
    for (const page of delivered) {
      const mark = page.channel === 'line' ? page.id : new RegExp(`ACK ${page.code}\\b`);
      const received = (await system.messages(page.to)).filter((m) => (typeof mark === 'string' ? JSON.stringify(m.payload).includes(mark) : mark.test(m.text)));
      expect(received).toHaveLength(1);
    }
    // The faults were met by this incident's deliveries (nothing else is being paged yet), and retried.
    expect(system.logs.filter((l) => l.includes(incidentId) && /attempt \d+ failed/.test(l)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('public tips by LINE', () => {
  it('a Burmese tip gets a Burmese receipt by reply token and becomes an incident; a follow-up joins it', async () => {
    const user = lineUser();
    const text = `မယ်ဆိုင်မှာ အသက် ၁၅ နှစ် မိန်းကလေး သုံးယောက်ကို အခန်းထဲမှာ ပိတ်ထားတယ်၊ ဒီည တာချီလိတ်ကို ခေါ်သွားမယ် ${Date.now()}`;
    const sent = await line({ from: user, type: 'message', text });
    expect(sent.status).toBe(200);

    const receipt = await eventually(async () => {
      const [m] = await system.messages(user);
      expect(m).toBeDefined();
      return m;
    });
    expect(receipt.channel).toBe('line');
    expect(receipt.text).toMatch(BURMESE);
    expect(receipt.payload).toMatchObject({ replyToken: sent.event.replyToken }); // a free reply, not a push
    const reference = REFERENCE.exec(receipt.text)![0];

    const incidentId = await incidentOfText(text);
    const incident = await system.incident(incidentId);
    expect(incident).toMatchObject({ priority: 'P1', district: 'mae-sai' });
    expect((await system.sql('SELECT case_ref FROM incidents WHERE id = $1', [incidentId]))[0].case_ref).toBe(reference);

    // People type in pieces: the next message joins the same incident, quietly.
    const more = `အိမ်နံပါတ် ၁၂၃ ${Date.now()}`;
    await line({ from: user, type: 'message', text: more });
    expect(await incidentOfText(more)).toBe(incidentId);
    await sleep(300);
    expect(await system.messages(user)).toHaveLength(1);

    // The reporter's LINE id is sealed with the tip: never in its text, never in an alert.
    const tips = await system.sql('SELECT text, reporter_sealed FROM tips WHERE incident_id = $1', [incidentId]);
    expect(tips.every((t) => !t.text.includes(user) && t.reporter_sealed && !t.reporter_sealed.includes(user))).toBe(true);
    const paged = await eventually(async () => {
      const alerts = (await system.incident(incidentId)).alerts;
      expect(alerts.length).toBeGreaterThan(0);
      return alerts;
    });
    for (const alert of paged) {
      expect(alert.to).not.toBe(user);
      expect(JSON.stringify(await system.messages(alert.to))).not.toContain(user);
    }
  });

  it('a "hello" first and the case second: the incident leaves review and is dispatched', async () => {
    const user = lineUser();
    const hello = `สวัสดีค่ะ ${Date.now()}`;
    await line({ from: user, type: 'message', text: hello });
    const incidentId = await incidentOfText(hello);
    await eventually(async () => expect((await system.incident(incidentId)).state).toBe('review'));
    const detail = `มีเด็กผู้หญิงอายุ 13 ถูกขังอยู่ในห้องที่แม่สาย คืนนี้จะถูกพาข้ามไปท่าขี้เหล็ก ${Date.now()}`;
    await line({ from: user, type: 'message', text: detail });
    expect(await incidentOfText(detail)).toBe(incidentId);
    await eventually(async () => {
      const incident = await system.incident(incidentId);
      expect(incident).toMatchObject({ state: 'triggered', priority: 'P1', district: 'mae-sai' });
      expect(pages(incident, 'police').length).toBeGreaterThan(0);
    }, 15_000);
    const [receipt] = await system.messages(user);
    expect(receipt.text).toMatch(/เลขอ้างอิง CR-/);
  });

  it('a location and a quoted case reference join the report they name', async () => {
    const user = lineUser();
    const text = `Girls locked in a karaoke bar in Mae Sai, please help ${Date.now()}`;
    await line({ from: user, type: 'message', text });
    const incidentId = await incidentOfText(text);
    const reference = REFERENCE.exec((await eventually(async () => (await system.messages(user))[0]))!.text)![0];
    await line({ from: user, type: 'message', location: { title: 'Karaoke', address: 'Mae Sai', latitude: 20.43, longitude: 99.88 } });
    await eventually(async () => expect((await system.incident(incidentId)).tips).toHaveLength(2));

    const other = lineUser(); // someone else who was given the reference
    const quoting = `about ${reference.toLowerCase()}: they moved the girls to a van ${Date.now()}`;
    await line({ from: other, type: 'message', text: quoting });
    expect(await incidentOfText(quoting)).toBe(incidentId);
    const [answer] = await eventually(async () => {
      const m = await system.messages(other);
      expect(m).toHaveLength(1);
      return m;
    });
    expect(answer.text).toContain(reference);
  });

  it('a webhook redelivered twice makes one tip and one receipt', async () => {
    const user = lineUser();
    const text = `Boy aged 12 forced to sell flowers at night in Mae Sai market ${Date.now()}`;
    const sent = await line({ from: user, type: 'message', text, redeliver: 2 });
    expect([sent.status, ...sent.redeliveries.map((r: any) => r.status)]).toEqual([200, 200, 200]);
    await incidentOfText(text);
    await sleep(1000);
    expect(await tipsWith(text)).toHaveLength(1);
    expect(await system.messages(user)).toHaveLength(1);
  });

  it('refuses a webhook with a bad signature (401) and stores nothing', async () => {
    const text = `Girls locked in Mae Sai tonight, forged ${Date.now()}`;
    const body = JSON.stringify({
      destination: 'Uabc',
      events: [{ type: 'message', mode: 'active', timestamp: Date.now(), webhookEventId: `01FORGED${Date.now()}`, replyToken: 'x',
        source: { type: 'user', userId: lineUser() }, message: { id: '1', type: 'text', text } }],
    });
    for (const signature of ['forged', undefined]) {
      const res = await fetch(`${system.urls.intake}/webhooks/line`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature ? { 'x-line-signature': signature } : {}) },
        body,
      });
      expect(res.status).toBe(401);
    }
    await sleep(1000);
    expect(await tipsWith(text)).toEqual([]);
  });
});

describe('public tips by SMS', () => {
  it('an SMS tip gets a TwiML receipt in Thai; STOP is honoured until START', async () => {
    const from = phone();
    const text = `มีคนถูกยึดบัตรและถูกขังที่โรงงานในแม่สาย ${Date.now()}`;
    const answer = await sms(from, text);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatch(/<Message>ได้รับข้อมูลแล้ว.*CR-[2-9A-HJKMNP-Z]{4}.*<\/Message>/);
    await incidentOfText(text);

    expect((await sms(from, 'STOP')).body).not.toContain('<Message>');
    expect(await system.sql('SELECT 1 FROM sms_opt_outs')).not.toHaveLength(0);
    const later = `Another girl taken to Tachileik from Mae Sai bus station ${Date.now()}`;
    expect((await sms(from, later)).body).not.toContain('<Message>'); // still a tip, but no receipt
    await incidentOfText(later);

    expect((await sms(from, 'START')).body).not.toContain('<Message>');
    await system.sql(`UPDATE public_report_threads SET last_message_at = now() - interval '1 hour'`); // a new report, later on
    const again = `Workers locked in a fishing boat shed in Chiang Saen ${Date.now()}`;
    expect((await sms(from, again)).body).toMatch(/<Message>Received, thank you. Your reference: CR-/);
  });

  it('refuses an SMS webhook with a bad signature (403) and stores nothing', async () => {
    const text = `girls locked in Mae Sai tonight ${Date.now()}`;
    const res = await fetch(`${system.urls.intake}/webhooks/twilio/sms`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'forged' },
      body: new URLSearchParams({ MessageSid: 'SMforged', From: phone(), Body: text }).toString(),
    });
    expect(res.status).toBe(403);
    await sleep(1000);
    expect(await tipsWith(text)).toEqual([]);
  });
});

describe('responders', () => {
  it('accepts by LINE button; a button from another LINE user is refused; the others paged stand down', async () => {
    const incidentId = await openP1('line button');
    const { linePage } = await policePagedTwice(incidentId);
    const data = `action=accept&alert=${linePage.id}`;

    // Neither a stranger nor another (linked) responder can accept an alert that was not sent to them.
    const [other] = await system.sql(`SELECT line_user_id FROM responders WHERE line_user_id IS NOT NULL AND id <> $1 LIMIT 1`, [linePage.responderId]);
    await line({ from: lineUser(), type: 'postback', data });
    await line({ from: other.line_user_id, type: 'postback', data });
    await sleep(1500);
    const refused = await system.incident(incidentId);
    expect(refused.state).toBe('triggered');
    expect(refused.roles.find((r: any) => r.role === 'police').state).toBe('pending');

    await line({ from: linePage.to, type: 'postback', data });
    await expectStoodDown(incidentId, linePage.responderId);
  });

  it('accepts by SMS code; the acceptor, blocked on LINE, hears back by SMS (fallback); the others stand down', async () => {
    const incidentId = await openP1('sms code');
    const { linePage, police } = await policePagedTwice(incidentId);
    const smsPage = police.find((a: any) => a.channel === 'sms' && a.responderId === linePage.responderId && a.code);
    await fault({ channel: 'line', blockedUsers: [linePage.to] });

    const answer = await sms(smsPage.to, `ACK ${smsPage.code}`);
    expect(answer.status).toBe(200);
    await expectStoodDown(incidentId, linePage.responderId);
    // The "you accepted" notice went to LINE first (blocked, a permanent error) and then by SMS.
    await eventually(async () => {
      const notice = (await system.incident(incidentId)).alerts.find(
        (a: any) => a.kind === 'notice' && a.responderId === linePage.responderId && a.channel === 'line',
      );
      expect(notice?.deliveryStatus).toBe('failed');
      const texts = (await system.messages(smsPage.to)).map((m) => m.text);
      expect(texts.some((t) => /ท่านรับเรื่องแล้ว|You accepted/.test(t))).toBe(true);
    }, 15_000);
  });

  it('accepts by LINE text "ACK <code>"', async () => {
    const incidentId = await openP1('line text');
    const { linePage, police } = await policePagedTwice(incidentId);
    const smsPage = police.find((a: any) => a.channel === 'sms' && a.responderId === linePage.responderId && a.code);
    await line({ from: linePage.to, type: 'message', text: `ack ${smsPage.code}` });
    await expectStoodDown(incidentId, linePage.responderId);
  });

  it('links a LINE account with a one-time code; then nonsense gets a help text, at most 3 an hour', async () => {
    const [responder] = await system.sql(`SELECT id, name FROM responders WHERE line_user_id IS NULL AND sms IS NOT NULL LIMIT 1`);
    // The code goes to the responder's current phone; intake mints none (the operator key cannot).
    const minted = await fetch(`${system.urls.intake}/v1/responders/${responder.id}/link-codes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${system.env.OPERATOR_API_KEY}` },
    });
    expect(minted.status).toBe(404);
    const { code, sentTo } = await linkCodeSentTo(system, responder.id);
    expect(sentTo).toBe('sms');

    const user = lineUser();
    await line({ from: user, type: 'message', text: `LINK ${code}` });
    const confirmation = await eventually(async () => {
      const [m] = await system.messages(user);
      expect(m).toBeDefined();
      return m;
    });
    expect(confirmation.text).toContain(responder.name);
    expect((await system.sql('SELECT line_user_id FROM responders WHERE id = $1', [responder.id]))[0].line_user_id).toBe(user);

    // The code is spent: someone else cannot use it.
    const intruder = lineUser();
    await line({ from: intruder, type: 'message', text: `link ${code}` });
    await eventually(async () => expect((await system.messages(intruder))[0]?.text).toMatch(/expired/));

    for (let i = 0; i < 5; i++) await line({ from: user, type: 'message', text: `what is this ${i}` });
    await sleep(1500);
    const helps = (await system.messages(user)).slice(1);
    expect(helps).toHaveLength(3);
    expect(await system.sql(`SELECT 1 FROM tips WHERE text LIKE 'what is this %'`)).toEqual([]);
  });

  it('links a phone by SMS', async () => {
    // Someone never paged here (no Mae Sai, no province-wide role), so moving their phone disturbs nothing.
    const [responder] = await system.sql(
      `SELECT id, name FROM responders WHERE NOT ('mae-sai' = ANY(districts) OR '*' = ANY(districts)) ORDER BY id LIMIT 1`,
    );
    const { code } = await linkCodeSentTo(system, responder.id);
    const from = phone();
    expect((await sms(from, `LINK ${code}`)).body).toContain(responder.name);
    expect((await system.sql('SELECT sms FROM responders WHERE id = $1', [responder.id]))[0].sms).toBe(from);
    expect((await sms(from, 'hello?')).body).toMatch(/ACK/); // a responder now: help, not a tip
  });
});
