import { createUser, tokenOf } from './support/browser';
import { readBoardEvents } from './support/sse';
import { eventually, sleep, System } from './support/system';

/**
 * Every SMS answer of a responder gets an answer (issue 15): a code that names no open case, a bare
 * ACK when several are open, a reply with two codes, and an ACK from a responder with nothing open.
 * What must not happen: a case taken by a code the responder did not mean.
 */
const system = new System(); // real-time deadlines: nothing escalates while the test answers
beforeAll(() => system.start(), 90_000);
afterAll(() => system.stop());

interface Page { responderId: string; to: string; code: number }

async function policePage(text: string): Promise<{ incidentId: string; page: Page }> {
  const res = await system.postTip({ channel: 'hotline', text, location: { district: 'mae-sai' } });
  expect(res.status).toBe(202);
  const incidentId = await system.incidentOfTip(((await res.json()) as { tipId: string }).tipId);
  const page = await eventually(async () => {
    const found = (await system.incident(incidentId)).alerts.find((a: any) => a.kind === 'page' && a.role === 'police' && a.channel === 'sms' && a.code);
    expect(found).toBeDefined();
    return found as Page;
  });
  return { incidentId, page };
}

const answerOf = async (res: Response) => (await res.text()).match(/<Message>([\s\S]*)<\/Message>/)?.[1] ?? '';
const roleState = async (incidentId: string) =>
  (await system.sql<{ state: string }>(`SELECT state FROM incident_roles WHERE incident_id = $1 AND role = 'police'`, [incidentId]))[0].state;
const speaksThai = async (responderId: string) =>
  (await system.sql<{ languages: string[] }>('SELECT languages FROM responders WHERE id = $1', [responderId]))[0].languages[0] === 'th';

it('answers a wrong code, a bare ACK among several cases, and two codes at once, and takes only what was meant', async () => {
  const a = await policePage('Three girls, about 15, locked in a karaoke bar in Mae Sai, taken across tonight');
  const b = await policePage('A boy of 13 held at a rubber plantation hut, the broker has his passport, moving him now');
  expect(b.page.to).toBe(a.page.to); // the same officer is on call for both
  const thai = await speaksThai(a.page.responderId);
  const phone = a.page.to;

  const wrong = await answerOf(await system.sendSms(phone, 'ACK 9999'));
  expect(wrong).toMatch(thai ? /ไม่มีเรื่องที่เปิดอยู่รหัส 9999/ : /No open case has code 9999\./);
  expect(wrong).toContain(`${a.page.code} (`);
  expect(wrong).toContain(`${b.page.code} (`);

  const bare = await answerOf(await system.sendSms(phone, 'ACK'));
  expect(bare).toMatch(thai ? /ท่านมีหลายเรื่องที่เปิดอยู่/ : /You have several open cases/);
  expect(bare).toContain(`${a.page.code} (`);
  await sleep(1500);
  expect([await roleState(a.incidentId), await roleState(b.incidentId)]).toEqual(['pending', 'pending']);

  const both = await answerOf(await system.sendSms(phone, `ACK ${a.page.code} ${b.page.code}`));
  expect(both).toMatch(thai ? new RegExp(`ระบบอ่านเฉพาะรหัส ${a.page.code} .*ACK ${b.page.code}`) : new RegExp(`Only code ${a.page.code} was read\\. For the others send ACK ${b.page.code}`));
  await eventually(async () => expect(await roleState(a.incidentId)).toBe('accepted'));
  await sleep(1000);
  expect(await roleState(b.incidentId)).toBe('pending');
});

it('tells a responder with no open case so, and takes nothing', async () => {
  const [idle] = await system.sql<{ id: string; sms: string }>(
    `SELECT r.id, r.sms FROM responders r WHERE r.sms IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reply_codes c WHERE c.phone = r.sms) ORDER BY r.id LIMIT 1`,
  );
  const answer = await answerOf(await system.sendSms(idle.sms, 'ACK 1'));
  expect(answer).toBe((await speaksThai(idle.id)) ? 'ขณะนี้ท่านไม่มีเรื่องที่รอการตอบ' : 'You have no open case waiting for an answer.');
});

it('answers "ACK 1" from a number no responder has as not registered, files no tip, and tells the coordinators', async () => {
  const coordinator = { email: 'coordinator@replies.test', password: 'coordinator-pass', name: 'Malee', role: 'coordinator' };
  await createUser(system, coordinator);
  const stranger = `+6681${String(Date.now()).slice(-7)}`;
  const live = readBoardEvents(system.urls.board, await tokenOf(system, coordinator), undefined, (events) => events.some((e) => e.data?.subject === 'responders.unregistered'), 15_000);
  await sleep(500); // the stream is open before the SMS
  const answer = await answerOf(await system.sendSms(stranger, 'ACK 1'));
  expect(answer).toContain('This number is not registered as a responder');
  const events = await live;
  expect(events.find((e) => e.data?.subject === 'responders.unregistered')).toBeDefined();
  expect(JSON.stringify(events)).not.toContain(stranger);
  await sleep(1000);
  expect(await system.sql(`SELECT id FROM tips WHERE text = 'ACK 1'`)).toEqual([]);
});

it('pages a Burmese-first officer in Burmese, answers their wrong code in Burmese, and tells them in Burmese they accepted', async () => {
  // Whoever is on call now (any hour): the first Mae Sai police officer the system names.
  const oncall = (await system.board('/v1/oncall?district=mae-sai&role=police')).body as { responderId: string }[];
  const officer = oncall[0].responderId;
  const edited = await system.board(`/v1/directory/responders/${officer}`, { method: 'PATCH', body: JSON.stringify({ languages: ['my', 'th'] }) });
  expect(edited).toMatchObject({ status: 200, body: { id: officer, languages: ['my', 'th'] } });

  const res = await system.postTip({ channel: 'hotline', text: `Two girls, 16, locked in a room behind a massage shop in Mae Sai, to be moved tonight (${Date.now()})`, location: { district: 'mae-sai' } });
  expect(res.status).toBe(202);
  const incidentId = await system.incidentOfTip(((await res.json()) as { tipId: string }).tipId);
  const page = await eventually(async () => {
    const found = (await system.incident(incidentId)).alerts.find((a: any) => a.kind === 'page' && a.role === 'police' && a.channel === 'sms' && a.code && a.responderId === officer);
    expect(found).toBeDefined();
    return found as Page & { id: string };
  });

  // The page itself: district, instructions around the ASCII ACK/NO and code, within two segments.
  const [sms] = await eventually(async () => {
    const delivered = await system.deliveriesOf(page);
    expect(delivered.length).toBeGreaterThan(0);
    return delivered;
  });
  expect(sms.text).toMatch(new RegExp(`^P\\d မဲဆိုင်: .+\\. လက်ခံရန် ACK ${page.code}၊ ငြင်းရန် NO ${page.code} ပြန်ပို့ပါ$`));
  expect(sms.text.length).toBeLessThanOrEqual(134); // two UCS-2 segments

  const wrong = await answerOf(await system.sendSms(page.to, 'ACK 9999'));
  expect(wrong).toMatch(/^ကုဒ် 9999 ဖြင့် ဖွင့်ထားသော အမှု မရှိပါ။ သင့်ကုဒ်များ: /);
  expect(wrong).toContain(`${page.code} (မဲဆိုင်)`);
  await sleep(1000);
  expect(await roleState(incidentId)).toBe('pending');

  expect((await system.sendSms(page.to, `ACK ${page.code}`)).status).toBe(200);
  await eventually(async () => expect(await roleState(incidentId)).toBe('accepted'));
  await eventually(async () => {
    const texts = (await system.allMessages()).map((m) => m.text);
    expect(texts).toContain(`ဤအမှုကို သင် လက်ခံပြီးပါပြီ။ ရောက်လျှင် ARRIVED ${page.code}၊ မသွားနိုင်လျှင် UNACK ${page.code} ပြန်ပို့ပါ။`);
  });
});

it('tells a Lao-first responder with no open case so, in Lao', async () => {
  const [idle] = await system.sql<{ id: string; sms: string }>(
    `SELECT r.id, r.sms FROM responders r WHERE r.sms IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reply_codes c WHERE c.phone = r.sms) ORDER BY r.id LIMIT 1`,
  );
  expect((await system.board(`/v1/directory/responders/${idle.id}`, { method: 'PATCH', body: JSON.stringify({ languages: ['lo'] }) })).status).toBe(200);
  expect(await answerOf(await system.sendSms(idle.sms, 'ACK 1'))).toBe('ຕອນນີ້ທ່ານບໍ່ມີເລື່ອງທີ່ລໍຖ້າການຕອບ.');
});
