import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTwilioClient, sendSms, verifyLineSignature, verifyTwilioSignature } from '@rescue/channels';
import { ConfigError, loadConfig } from '@rescue/platform';
import { SandboxConfig } from '../apps/sandbox/src/config';
import { RunningSandbox, startSandbox } from './support/sandbox-harness';
import { formOf, RequestRecorder } from './support/sandbox-recorder';

/**
 * The sandbox as intake and the notifier see it: signed status callbacks and webhooks, the message
 * log, faults, and the phone simulator. Intake is a small local listener here.
 */
const PUBLIC_INTAKE = 'https://intake.example.org';
const intake = new RequestRecorder();
let sandbox: RunningSandbox;
let directoryFile: string;

beforeAll(async () => {
  await intake.start();
  directoryFile = join(mkdtempSync(join(tmpdir(), 'sandbox-dir-')), 'directory.yaml');
  sandbox = await startSandbox({ SANDBOX_INTAKE_URL: intake.url, INTAKE_PUBLIC_URL: PUBLIC_INTAKE, DIRECTORY_FILE: directoryFile });
});
afterAll(async () => {
  await sandbox.close();
  await intake.close();
});
afterEach(async () => {
  await sandbox.del('/__sandbox/faults');
  await sandbox.del('/__sandbox/messages');
  intake.clear();
  intake.answer = () => ({ status: 200, contentType: 'application/json', body: '{}' });
});

const twilio = () =>
  createTwilioClient({ accountSid: sandbox.config.TWILIO_ACCOUNT_SID, authToken: sandbox.config.TWILIO_AUTH_TOKEN, apiBaseUrl: sandbox.url });
const FROM = '+15005550006';

describe('Twilio stand-in', () => {
  it('posts signed status callbacks, sent then delivered, that verify against the callback URL', async () => {
    const callback = `${intake.url}/webhooks/twilio/status?alertId=a-1&incidentId=i-1`;
    const { sid } = await sendSms(twilio(), { from: FROM, to: '+66812220001', body: 'P1 test', statusCallback: callback });

    const posts = await intake.waitFor('/webhooks/twilio/status', 2);
    expect(posts.map((p) => formOf(p).MessageStatus)).toEqual(['sent', 'delivered']);
    for (const post of posts) {
      const params = formOf(post);
      expect(params).toMatchObject({ MessageSid: sid, SmsSid: sid, To: '+66812220001', From: FROM, AccountSid: sandbox.config.TWILIO_ACCOUNT_SID });
      expect(post.url).toBe('/webhooks/twilio/status?alertId=a-1&incidentId=i-1');
      const signature = post.headers['x-twilio-signature'] as string;
      expect(verifyTwilioSignature({ authToken: sandbox.config.TWILIO_AUTH_TOKEN, url: callback, params, signature })).toBe(true);
      expect(verifyTwilioSignature({ authToken: 'other-token', url: callback, params, signature })).toBe(false);
    }
  });

  it('reports undelivered with an ErrorCode when a fault says so, and the phone never shows it', async () => {
    await sandbox.post('/__sandbox/faults', { channel: 'sms', deliveryStatus: 'undelivered' });
    await sendSms(twilio(), { from: FROM, to: '+66812220002', body: 'x', statusCallback: `${intake.url}/webhooks/twilio/status` });
    const posts = await intake.waitFor('/webhooks/twilio/status', 2);
    expect(posts.map(formOf).map((p) => [p.MessageStatus, p.ErrorCode])).toEqual([['sent', undefined], ['undelivered', '30003']]);
    expect((await sandbox.get('/__sandbox/messages?to=%2B66812220002')).body).toEqual([]);
  });

  it('reaches the notifier through the SDK as ProviderErrors: a refusal is permanent, a 429 or no answer is temporary', async () => {
    const wrongToken = createTwilioClient({ accountSid: sandbox.config.TWILIO_ACCOUNT_SID, authToken: 'wrong', apiBaseUrl: sandbox.url });
    await expect(sendSms(wrongToken, { from: FROM, to: '+66812220004', body: 'x' })).rejects.toMatchObject({ provider: 'twilio', status: 401, code: 20003, temporary: false });
    await expect(sendSms(twilio(), { from: FROM, to: '066812220004', body: 'x' })).rejects.toMatchObject({ status: 400, code: 21211, temporary: false });
    await sandbox.post('/__sandbox/faults', { channel: 'sms', status: 429, failNext: 1 });
    await expect(sendSms(twilio(), { from: FROM, to: '+66812220004', body: 'x' })).rejects.toMatchObject({ status: 429, temporary: true });
    await sandbox.post('/__sandbox/faults', { channel: 'sms', latencyMs: 500 });
    const impatient = createTwilioClient({ accountSid: sandbox.config.TWILIO_ACCOUNT_SID, authToken: sandbox.config.TWILIO_AUTH_TOKEN, apiBaseUrl: sandbox.url, timeoutMs: 100 });
    await expect(sendSms(impatient, { from: FROM, to: '+66812220004', body: 'x' })).rejects.toMatchObject({ code: 'ETIMEDOUT', temporary: true });
    await sandbox.del('/__sandbox/faults');
    const sent = await sendSms(twilio(), { from: FROM, to: '+66812220004', body: 'Grüße ส่งแล้ว & more=1' });
    expect(sent).toEqual({ sid: expect.stringMatching(/^SM/), status: 'queued' });
    expect((await sandbox.get('/__sandbox/messages?to=%2B66812220004')).body).toEqual([expect.objectContaining({ text: 'Grüße ส่งแล้ว & more=1' })]);
  });

  it('answers 401 with Twilio error JSON for bad credentials', async () => {
    const url = `${sandbox.url}/2010-04-01/Accounts/${sandbox.config.TWILIO_ACCOUNT_SID}/Messages.json`;
    const form = new URLSearchParams({ To: '+66812220003', From: FROM, Body: 'x' }).toString();
    const headers = (user: string, pass: string) => ({
      authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    });
    for (const [user, pass] of [[sandbox.config.TWILIO_ACCOUNT_SID, 'wrong'], ['ACother', sandbox.config.TWILIO_AUTH_TOKEN]]) {
      const res = await fetch(url, { method: 'POST', headers: headers(user, pass), body: form });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ code: 20003, message: expect.any(String), more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 });
    }
    const ok = await fetch(url, { method: 'POST', headers: headers(sandbox.config.TWILIO_ACCOUNT_SID, sandbox.config.TWILIO_AUTH_TOKEN), body: form });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ sid: expect.stringMatching(/^SM/), status: 'queued', to: '+66812220003', from: FROM, body: 'x', num_segments: '1' });
  });
});

describe('LINE stand-in', () => {
  const user = 'U1111111111111111111111111111111b';
  const push = (retryKey: string, token = sandbox.config.LINE_CHANNEL_ACCESS_TOKEN) =>
    fetch(`${sandbox.url}/v2/bot/message/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-line-retry-key': retryKey },
      body: JSON.stringify({ to: user, messages: [{ type: 'text', text: 'page' }] }),
    });

  it('honours X-Line-Retry-Key: the same key twice is a 409 naming the accepted request, and one message', async () => {
    const key = '4b6b7e58-7e8f-4d65-9a1e-3f0c2f7b9d10';
    const first = await push(key);
    expect(first.status).toBe(200);
    const second = await push(key);
    expect(second.status).toBe(409);
    expect(second.headers.get('x-line-accepted-request-id')).toBe(first.headers.get('x-line-request-id'));
    expect(await second.json()).toMatchObject({ message: 'The retry key is already accepted' });
    expect((await sandbox.get(`/__sandbox/messages?to=${user}`)).body).toHaveLength(1);
  });

  it('refuses a retry key that is not a UUID and a wrong token, with LINE error shapes', async () => {
    const bad = await push('not-a-uuid');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ message: expect.stringContaining('X-Line-Retry-Key') });
    const unauthorised = await push('4b6b7e58-7e8f-4d65-9a1e-3f0c2f7b9d11', 'wrong');
    expect(unauthorised.status).toBe(401);
    expect(await unauthorised.json()).toEqual({ message: expect.stringContaining('Authentication failed') });
  });

  it('returns profiles of known people and of users who talked to the account, 404 otherwise', async () => {
    const profile = (id: string) =>
      fetch(`${sandbox.url}/v2/bot/profile/${id}`, { headers: { authorization: `Bearer ${sandbox.config.LINE_CHANNEL_ACCESS_TOKEN}` } });
    expect((await profile('U2222222222222222222222222222222c')).status).toBe(404);
    await sandbox.post('/__sandbox/line', { from: 'U2222222222222222222222222222222c', type: 'follow' });
    const res = await profile('U2222222222222222222222222222222c');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ userId: 'U2222222222222222222222222222222c', displayName: expect.any(String) });
  });
});

describe('webhooks sent as the providers send them', () => {
  it('posts a LINE message event signed over the exact body, with a reply token', async () => {
    intake.answer = () => ({ status: 200, contentType: 'application/json', body: '{"ok":true}' });
    const res = await sandbox.post('/__sandbox/line', { from: 'U3333333333333333333333333333333d', type: 'message', text: 'มีเด็กถูกขังที่แม่สาย' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 200, body: { ok: true }, event: { webhookEventId: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/), replyToken: expect.any(String) } });

    const [req] = await intake.waitFor('/webhooks/line');
    const signature = req.headers['x-line-signature'] as string;
    expect(verifyLineSignature(sandbox.config.LINE_CHANNEL_SECRET, req.rawBody, signature)).toBe(true);
    expect(verifyLineSignature('another-secret', req.rawBody, signature)).toBe(false);
    const body = JSON.parse(req.rawBody.toString('utf8'));
    expect(body).toEqual({
      destination: expect.stringMatching(/^U[0-9a-f]{32}$/),
      events: [
        {
          type: 'message',
          mode: 'active',
          timestamp: expect.any(Number),
          source: { type: 'user', userId: 'U3333333333333333333333333333333d' },
          webhookEventId: res.body.event.webhookEventId,
          deliveryContext: { isRedelivery: false },
          replyToken: res.body.event.replyToken,
          message: { id: expect.any(String), type: 'text', quoteToken: expect.any(String), text: 'มีเด็กถูกขังที่แม่สาย' },
        },
      ],
    });
  });

  it('posts postbacks, and redelivers the same event flagged as a redelivery', async () => {
    const res = await sandbox.post('/__sandbox/line', { from: 'U4444444444444444444444444444444e', type: 'postback', data: 'action=accept&alert=a-9', redeliver: 2 });
    expect(res.body.redeliveries).toHaveLength(2);
    const reqs = await intake.waitFor('/webhooks/line', 3);
    const events = reqs.map((r) => JSON.parse(r.rawBody.toString('utf8')).events[0]);
    expect(events.map((e) => e.deliveryContext.isRedelivery)).toEqual([false, true, true]);
    expect(new Set(events.map((e) => e.webhookEventId)).size).toBe(1);
    expect(events[0].postback).toEqual({ data: 'action=accept&alert=a-9' });
    for (const r of reqs) expect(verifyLineSignature(sandbox.config.LINE_CHANNEL_SECRET, r.rawBody, r.headers['x-line-signature'] as string)).toBe(true);
  });

  it('posts a signed inbound SMS over the public URL, passes back the TwiML, and texts its reply to the sender', async () => {
    intake.answer = () => ({
      status: 200,
      contentType: 'text/xml',
      body: '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thank you &amp; ขอบคุณ</Message></Response>',
    });
    const res = await sandbox.post('/__sandbox/sms', { from: '+66812220009', body: 'ACK 3' });
    expect(res.body).toMatchObject({ status: 200, contentType: 'text/xml', body: expect.stringContaining('<Message>') });

    const [req] = await intake.waitFor('/webhooks/twilio/sms');
    const params = formOf(req);
    expect(params).toMatchObject({ From: '+66812220009', To: sandbox.config.TWILIO_FROM_NUMBER, Body: 'ACK 3', NumMedia: '0', AccountSid: sandbox.config.TWILIO_ACCOUNT_SID });
    expect(params.MessageSid).toMatch(/^SM[0-9a-f]{32}$/);
    const signature = req.headers['x-twilio-signature'] as string;
    expect(verifyTwilioSignature({ authToken: sandbox.config.TWILIO_AUTH_TOKEN, url: `${PUBLIC_INTAKE}/webhooks/twilio/sms`, params, signature })).toBe(true);

    const { body } = await sandbox.get('/__sandbox/messages?to=%2B66812220009');
    expect(body.map((m: any) => [m.channel, m.text])).toEqual([['sms', 'Thank you & ขอบคุณ']]);
  });

  it('passes back intake refusing a webhook', async () => {
    intake.answer = () => ({ status: 403, contentType: 'application/json', body: '{"message":"invalid X-Twilio-Signature"}' });
    const res = await sandbox.post('/__sandbox/sms', { from: '+66812220010', body: 'hi' });
    expect(res.body).toMatchObject({ status: 403, body: { message: 'invalid X-Twilio-Signature' } });
  });

  it('says 502 when intake is not there', async () => {
    const lonely = await startSandbox({ SANDBOX_INTAKE_URL: 'http://127.0.0.1:1' });
    try {
      const res = await lonely.post('/__sandbox/line', { from: 'U5', type: 'message', text: 'x' });
      expect(res.status).toBe(502);
      expect(res.body.message).toMatch(/intake did not answer/);
    } finally {
      await lonely.close();
    }
  });

  it('refuses malformed requests with a clear 400', async () => {
    expect(await sandbox.post('/__sandbox/line', { from: 'U5', type: 'postback' })).toMatchObject({ status: 400, body: { message: expect.stringContaining('postback needs data') } });
    expect(await sandbox.post('/__sandbox/sms', { body: 'x' })).toMatchObject({ status: 400, body: { message: expect.stringContaining('from') } });
    expect(await sandbox.post('/__sandbox/faults', { channel: 'fax' })).toMatchObject({ status: 400 });
  });
});

describe('message log', () => {
  it('lists what each recipient received, oldest first, across channels, and clears', async () => {
    await sendSms(twilio(), { from: FROM, to: '+66812220020', body: 'one' });
    await sendSms(twilio(), { from: FROM, to: '+66812220021', body: 'other' });
    await sendSms(twilio(), { from: FROM, to: '+66812220020', body: 'two' });
    const mine = (await sandbox.get('/__sandbox/messages?to=%2B66812220020')).body;
    expect(mine.map((m: any) => m.text)).toEqual(['one', 'two']);
    expect(Date.parse(mine[0].at)).toBeLessThanOrEqual(Date.parse(mine[1].at));
    expect((await sandbox.get('/__sandbox/messages')).body).toHaveLength(3);
    // A poller that read two asks for the rest only.
    expect((await sandbox.get('/__sandbox/messages?from=2')).body.map((m: any) => m.text)).toEqual(['two']);
    expect((await sandbox.get('/__sandbox/messages?from=3')).body).toEqual([]);
    expect((await sandbox.get('/__sandbox/messages?from=-1')).status).toBe(400);
    expect(await sandbox.del('/__sandbox/messages')).toBe(204);
    expect((await sandbox.get('/__sandbox/messages')).body).toEqual([]);
  });

  it('delays answers by latencyMs', async () => {
    await sandbox.post('/__sandbox/faults', { channel: 'sms', latencyMs: 300 });
    const started = Date.now();
    await sendSms(twilio(), { from: FROM, to: '+66812220030', body: 'slow' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe('phone simulator', () => {
  it('serves a self-contained page', async () => {
    const res = await fetch(`${sandbox.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('/__sandbox/messages?to=');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });

  it('lists demo reporters, and responders once the directory file exists', async () => {
    const before = (await sandbox.get('/__sandbox/people')).body;
    expect(before.directory.problem).toMatch(/not found/);
    expect(before.people.filter((p: any) => p.kind === 'reporter').map((p: any) => p.languages[0])).toEqual(['th', 'my', 'lo', 'en']);

    writeFileSync(
      directoryFile,
      'responders:\n  - id: r-police-1\n    name: Pol. Lt. Somchai\n    roles: [police]\n    languages: [th]\n    channels: { sms: "+66810000001", line: U0123456789abcdef0123456789abcdef }\n',
    );
    const after = (await sandbox.get('/__sandbox/people')).body;
    expect(after.directory.problem).toBeUndefined();
    expect(after.people[0]).toEqual({
      id: 'r-police-1', name: 'Pol. Lt. Somchai', kind: 'responder', roles: ['police'], languages: ['th'], sms: '+66810000001', line: 'U0123456789abcdef0123456789abcdef',
    });
  });
});

describe('configuration', () => {
  it('names every missing or bad variable at boot', () => {
    expect(() => loadConfig(SandboxConfig, { TWILIO_ACCOUNT_SID: 'XX1', SANDBOX_PORT: 'abc' })).toThrow(ConfigError);
    try {
      loadConfig(SandboxConfig, { TWILIO_ACCOUNT_SID: 'XX1', SANDBOX_PORT: 'abc' });
    } catch (err) {
      const message = (err as Error).message;
      for (const name of ['SANDBOX_PORT', 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'LINE_CHANNEL_SECRET', 'LINE_CHANNEL_ACCESS_TOKEN', 'SANDBOX_INTAKE_URL', 'INTAKE_PUBLIC_URL']) {
        expect(message).toContain(name);
      }
    }
  });
});
