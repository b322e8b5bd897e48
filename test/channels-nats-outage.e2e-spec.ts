import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startNats } from './support/servers';
import { eventually, sleep, System } from './support/system';

/**
 * Twilio never retries an inbound SMS, and a LINE tip must not wait for LINE's redelivery: while NATS
 * is down, intake keeps webhook events in PostgreSQL, answers as usual, and relays them when NATS is
 * back. This file runs its own NATS server, so it can stop it without disturbing anything else.
 */

let natsPort: number;
let natsDir: string;
let nats: ChildProcess | undefined;
let system: System;

async function stopNats() {
  if (!nats || nats.exitCode !== null) return;
  const exited = new Promise((done) => nats!.once('exit', done));
  nats.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  natsPort = await freePort();
  natsDir = join(mkdtempSync(join(tmpdir(), 'rescue-outage-')), 'nats');
  nats = await startNats(natsPort, natsDir);
  // Reply tokens that last a second: the outage below outlives the LINE tip's, as a real one would.
  system = new System({ NATS_URL: `nats://127.0.0.1:${natsPort}`, SANDBOX_REPLY_TOKEN_TTL_SECONDS: '1' });
  await system.start();
}, 90_000);

afterAll(async () => {
  await system?.stop();
  await stopNats();
});

const lineUser = () => `U${randomBytes(16).toString('hex')}`;
const phone = () => `+6689${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

/** The intake's gauge of events waiting in its inbox, as Prometheus would scrape it. */
async function inboxGauge(): Promise<number> {
  const text = await (await fetch(`${system.urls.intakeHealth}/metrics`)).text();
  return Number(/^intake_inbox_events (\d+)/m.exec(text)?.[1] ?? NaN);
}

async function sandbox(path: string, body: unknown): Promise<any> {
  const res = await fetch(`${system.urls.sandbox}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.json();
}

describe('NATS down', () => {
  it('a signed LINE tip (delivered twice) and an SMS tip are answered OK, kept, and each becomes one incident once NATS is back; an SMS ACK counts', async () => {
    // Before the outage: an incident whose police officer is paged by SMS.
    const opened = await system.postTip({
      channel: 'hotline', text: `A boy aged 12 locked in a shed behind a market in Mae Sai, moved tonight (${Date.now()})`, location: { district: 'mae-sai' },
    });
    const pagedIncident = await system.incidentOfTip(((await opened.json()) as { tipId: string }).tipId);
    const page = await eventually(async () => {
      const p = (await system.incident(pagedIncident)).alerts.find((a: any) => a.kind === 'page' && a.role === 'police' && a.channel === 'sms' && a.code);
      expect(p).toBeDefined();
      return p;
    }, 15_000);

    await stopNats();
    const user = lineUser();
    const from = phone();
    // Two different cases of one district: no number in common, or correlation would rightly join them.
    const lineText = `Two girls aged 14 locked in a karaoke bar in Mae Sai, moved to Tachileik tonight (LINE, NATS down ${Date.now()}1)`;
    const smsText = `มีเด็กชายอายุ 13 ถูกขังในโกดังที่แม่สาย คืนนี้จะถูกพาข้ามแดน (SMS, NATS down ${Date.now()}2)`;

    const lineAnswer = await sandbox('/__sandbox/line', { from: user, type: 'message', text: lineText, redeliver: 1 });
    expect([lineAnswer.status, ...lineAnswer.redeliveries.map((r: any) => r.status)]).toEqual([200, 200]);
    const smsAnswer = await sandbox('/__sandbox/sms', { from, body: smsText });
    expect(smsAnswer.status).toBe(200);
    expect(smsAnswer.body).toMatch(/<Message>ได้รับข้อมูลแล้ว.*CR-[2-9A-HJKMNP-Z]{4}.*<\/Message>/); // the TwiML receipt
    const reference = /CR-[2-9A-HJKMNP-Z]{4}/.exec(smsAnswer.body)![0];
    const ack = await sandbox('/__sandbox/sms', { from: page.to, body: `ACK ${page.code}` });
    expect(ack.status).toBe(200);

    // Nothing reached JetStream: all wait in the inbox (the LINE event once), the reporters' details
    // sealed as in an event. (Twilio's status callbacks for the page are kept too.)
    const kept = await system.sql<{ subject: string; payload: any }>(`SELECT subject, payload FROM intake_inbox WHERE subject NOT IN ('alerts.delivery', 'alerts.deliveries') ORDER BY seq`);
    expect(kept.map((k) => k.subject).sort()).toEqual(['line.events', 'responders.replied', 'tips.received']);
    expect(JSON.stringify(kept)).not.toContain(user);
    expect(JSON.stringify(kept)).not.toContain(from);
    expect(await system.sql('SELECT 1 FROM tips WHERE text = ANY($1)', [[lineText, smsText]])).toEqual([]);

    // An operator sees it: the inbox gauge is up (alert on it staying up).
    await eventually(async () => expect(await inboxGauge()).toBeGreaterThanOrEqual(3));
    await sleep(1500); // the LINE reply token expires meanwhile
    nats = await startNats(natsPort, natsDir);

    const incidents = await eventually(async () => {
      const tips = await system.sql<{ text: string; incident_id: string | null }>('SELECT text, incident_id FROM tips WHERE text = ANY($1)', [[lineText, smsText]]);
      expect(tips.map((t) => t.text).sort()).toEqual([lineText, smsText].sort());
      expect(tips.every((t) => t.incident_id)).toBe(true);
      return tips.map((t) => t.incident_id!);
    }, 30_000);
    expect(new Set(incidents).size).toBe(2);
    const [smsIncident] = await system.sql('SELECT i.case_ref FROM incidents i JOIN tips t ON t.incident_id = i.id WHERE t.text = $1', [smsText]);
    expect(smsIncident.case_ref).toBe(reference);
    await eventually(async () => expect((await system.incident(pagedIncident)).state).toBe('acknowledged'), 15_000);

    // The LINE reporter got the receipt once: pushed, as the reply token had expired. The inbox is empty.
    const receipts = await eventually(async () => {
      const m = await system.messages(user);
      expect(m).toHaveLength(1);
      return m;
    }, 15_000);
    expect(receipts[0].text).toMatch(/Your reference: CR-/);
    expect(receipts[0].payload).toMatchObject({ to: user });
    expect(receipts[0].payload).not.toHaveProperty('replyToken');
    expect(await system.sql('SELECT 1 FROM intake_inbox')).toEqual([]);
    await eventually(async () => expect(await inboxGauge()).toBe(0));

    // And nothing twice, once the system has had time to do anything more.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await system.sql('SELECT 1 FROM tips WHERE text = ANY($1)', [[lineText, smsText]])).toHaveLength(2);
    expect(await system.messages(user)).toHaveLength(1);
  });

  it('the operator API still answers 503 while NATS is down (its caller retries)', async () => {
    await stopNats();
    try {
      const res = await system.postTip({ channel: 'hotline', text: `Boy locked in a shed in Mae Sai ${Date.now()}` });
      expect(res.status).toBe(503);
      expect(await system.sql('SELECT 1 FROM intake_inbox')).toEqual([]);
    } finally {
      nats = await startNats(natsPort, natsDir);
    }
  });
});
