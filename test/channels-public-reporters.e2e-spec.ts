import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import { Subjects } from '@rescue/contracts';
import { JetStreamPublisher } from '@rescue/messaging';
import { Sealer } from '@rescue/platform';
import { eventually, sleep, System } from './support/system';

/**
 * The public's side of LINE and SMS beyond the receipt: a welcome when they add the account, a
 * photo that becomes part of their report, and one message when a team accepts their case.
 */
const system = new System();

beforeAll(() => system.start(), 90_000);
afterAll(() => system.stop());

const lineUser = () => `U${randomBytes(16).toString('hex')}`;
const phone = () => `+6689${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
const REFERENCE = /CR-[2-9A-HJKMNP-Z]{4}/;
const BURMESE = /[\u1000-\u109f]/;
const THAI = /[\u0e00-\u0e7f]/;

async function sandbox(path: string, body: unknown): Promise<any> {
  const res = await fetch(`${system.urls.sandbox}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as any;
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
const line = (body: Record<string, unknown>) => sandbox('/__sandbox/line', body);
const sms = (from: string, text: string) => sandbox('/__sandbox/sms', { from, body: text });

async function firstMessage(to: string) {
  return eventually(async () => {
    const [m] = await system.messages(to);
    expect(m).toBeDefined();
    return m;
  });
}

async function incidentOfText(text: string): Promise<string> {
  return eventually(async () => {
    const [tip] = await system.sql('SELECT incident_id FROM tips WHERE text = $1', [text]);
    expect(tip?.incident_id).toBeTruthy();
    return tip.incident_id as string;
  });
}

describe('welcome', () => {
  it('someone who adds the account is welcomed by reply token in the language of their LINE app', async () => {
    const user = lineUser();
    const sent = await line({ from: user, type: 'follow', language: 'my' });
    expect(sent.status).toBe(200);
    const welcome = await firstMessage(user);
    expect(welcome.payload).toMatchObject({ replyToken: sent.event.replyToken });
    expect(welcome.text).toMatch(BURMESE);
    expect(welcome.text).toContain('191');
    expect(welcome.text).toContain('1300');
    await sleep(500);
    expect(await system.messages(user)).toHaveLength(1);
    // Adding the account is not a report.
    const reporterKey = new Sealer(system.env.PII_ENCRYPTION_KEY!).pseudonym(user);
    expect(await system.sql('SELECT 1 FROM tips WHERE reporter_key = $1', [reporterKey])).toEqual([]);
    expect(await system.sql('SELECT 1 FROM public_report_threads WHERE reporter_key = $1', [reporterKey])).toEqual([]);
  });

  it('in Thai and English when LINE does not share their language, or it is one we do not write', async () => {
    for (const language of [null, 'ja']) {
      const user = lineUser();
      await line({ from: user, type: 'follow', language });
      const welcome = await firstMessage(user);
      expect(welcome.text).toMatch(THAI);
      expect(welcome.text).toMatch(/In an emergency call the Thai police on 191 or the 1300 hotline/);
      expect(welcome.text).toMatch(/confidential/);
    }
  });
});

describe('a photo from the public', () => {
  it('is fetched from LINE, kept sealed, and starts a report with a receipt; the next message joins it', async () => {
    const user = lineUser();
    const photo = randomBytes(2048); // stands in for a JPEG: what matters is that the same bytes are kept
    // Her LINE app is in English: a photo says nothing of her language, so the receipt follows the app.
    const sent = await line({ from: user, type: 'message', language: 'en', image: { base64: photo.toString('base64'), contentType: 'image/jpeg' } });
    expect(sent.status).toBe(200);
    const messageId = sent.event.messageId as string;

    const receipt = await firstMessage(user);
    expect(receipt.payload).toMatchObject({ replyToken: sent.event.replyToken });
    expect(receipt.text).toMatch(/^Received, thank you. Your reference: CR-/);
    const reference = REFERENCE.exec(receipt.text)![0];

    const [tip] = await eventually(async () => {
      const tips = await system.sql(`SELECT text, incident_id FROM tips WHERE text LIKE $1`, [`%message ${messageId}%`]);
      expect(tips[0]?.incident_id).toBeTruthy();
      return tips;
    });
    expect((await system.sql('SELECT case_ref FROM incidents WHERE id = $1', [tip.incident_id]))[0].case_ref).toBe(reference);

    const [media] = await system.sql('SELECT content_type, size_bytes, content_sealed, reporter_key FROM public_media WHERE message_id = $1', [messageId]);
    expect(media).toMatchObject({ content_type: 'image/jpeg', size_bytes: photo.length });
    expect(media.content_sealed).not.toContain(photo.toString('base64').slice(0, 40));
    const sealer = new Sealer(system.env.PII_ENCRYPTION_KEY!);
    expect(Buffer.from(sealer.open<string>(media.content_sealed), 'base64').equals(photo)).toBe(true);
    expect(media.reporter_key).toBe(sealer.pseudonym(user));

    const words = `The girl in the photo is about 14, she is kept at a karaoke bar in Mae Sai ${Date.now()}`;
    await line({ from: user, type: 'message', text: words });
    expect(await incidentOfText(words)).toBe(tip.incident_id);
  });
});

describe('case accepted', () => {
  it('the LINE and SMS reporters hear once, in their language, with their reference and no name; an opted-out number hears nothing', async () => {
    const lineReporter = lineUser();
    const text = `Please help: three girls aged 15 are locked in a karaoke bar in Mae Sai and will be taken to Tachileik tonight ${Date.now()}`;
    await line({ from: lineReporter, type: 'message', text });
    const reference = REFERENCE.exec((await firstMessage(lineReporter)).text)![0];
    const incidentId = await incidentOfText(text);

    // Two more people write by SMS quoting the reference; the second then sends STOP.
    const smsReporter = phone();
    const smsText = `${reference} เห็นรถตู้สีขาวจอดหน้าร้าน ${Date.now()}`;
    expect((await sms(smsReporter, smsText)).body).toContain(reference);
    const stopped = phone();
    const stoppedText = `${reference} they have phones taken away ${Date.now()}`;
    await sms(stopped, stoppedText);
    expect(await incidentOfText(smsText)).toBe(incidentId);
    expect(await incidentOfText(stoppedText)).toBe(incidentId);
    await sms(stopped, 'STOP');

    const page = await eventually(async () => {
      const p = (await system.incident(incidentId)).alerts.find((a: any) => a.kind === 'page' && a.role === 'police' && a.channel === 'sms' && a.code);
      expect(p).toBeDefined();
      return p;
    }, 15_000);
    const before = { line: (await system.messages(lineReporter)).length, sms: (await system.messages(smsReporter)).length, stopped: (await system.messages(stopped)).length };
    expect((await system.sendSms(page.to, `ACK ${page.code}`)).status).toBe(200);

    const told = await eventually(async () => {
      const m = (await system.messages(lineReporter)).slice(before.line);
      expect(m).toHaveLength(1);
      return m[0];
    }, 15_000);
    expect(told.text).toBe(`Case ${reference}: a team is responding. Reply here if anything changes.`);
    expect(told.payload).not.toHaveProperty('replyToken'); // a push: the reply token was spent on the receipt
    expect(told.payload).toMatchObject({ to: lineReporter });

    const texted = await eventually(async () => {
      const m = (await system.messages(smsReporter)).slice(before.sms);
      expect(m).toHaveLength(1);
      return m[0];
    }, 15_000);
    expect(texted.channel).toBe('sms');
    expect(texted.text).toMatch(THAI);
    expect(texted.text).toContain(reference);

    // The acceptor's name reaches no reporter; the reporters' contacts stay sealed in Redis too.
    const [acceptor] = await system.sql('SELECT r.name FROM incident_roles ir JOIN responders r ON r.id = ir.accepted_by WHERE ir.incident_id = $1 AND ir.role = $2', [incidentId, 'police']);
    expect(acceptor?.name).toBeTruthy();
    for (const m of [told, texted]) expect(m.text).not.toContain(acceptor.name);
    const redis = new IORedis(system.env.REDIS_URL!);
    try {
      const keys = await redis.keys('bull:deliveries-reporters:*');
      const values = await Promise.all(keys.filter((k) => /:\w+-/.test(k)).map((k) => redis.hgetall(k).catch(() => ({}))));
      const dump = JSON.stringify(values);
      expect(dump).toContain(incidentId);
      for (const contact of [lineReporter, smsReporter, stopped]) expect(dump).not.toContain(contact);
    } finally {
      redis.disconnect();
    }

    // Redelivered (past JetStream's dedupe, as after its window) and a second role accepting: nothing more.
    const [event] = await system.sql('SELECT accepted_by, accepted_at FROM incident_roles WHERE incident_id = $1 AND role = $2', [incidentId, 'police']);
    const publisher = await JetStreamPublisher.connect(system.env.NATS_URL!);
    try {
      await publisher.publish(
        Subjects.incidentAcknowledged,
        { incidentId, role: 'police', responderId: event.accepted_by, alertId: page.id, at: new Date().toISOString() },
        `redelivered-${incidentId}-${Date.now()}`,
      );
      await publisher.publish(
        Subjects.incidentAcknowledged,
        { incidentId, role: 'ngo', responderId: 'someone-else', alertId: `${page.id}-ngo`, at: new Date().toISOString() },
        `ngo-${incidentId}-${Date.now()}`,
      );
    } finally {
      await publisher.close();
    }
    await sleep(2000);
    expect((await system.messages(lineReporter)).slice(before.line)).toHaveLength(1);
    expect((await system.messages(smsReporter)).slice(before.sms)).toHaveLength(1);
    expect((await system.messages(stopped)).slice(before.stopped)).toEqual([]);
    expect(await system.sql('SELECT channel FROM reporter_notices WHERE incident_id = $1 ORDER BY channel', [incidentId])).toEqual([{ channel: 'line' }, { channel: 'sms' }]);
  });
});
