import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { messagingApi } from '@line/bot-sdk';
import {
  createLineClient,
  createTwilioClient,
  lineRetryKey,
  ProviderError,
  pushMessage,
  renderNotice,
  renderPage,
  replyMessage,
  sendSms,
} from '@rescue/channels';
import { RunningSandbox, startSandbox } from './support/sandbox-harness';
import { RequestRecorder } from './support/sandbox-recorder';

/**
 * The channel adapters through the real SDKs (`twilio`, `@line/bot-sdk`) against the sandbox:
 * the base-URL rewiring, idempotent pushes, and how provider errors become ProviderErrors.
 */
let sandbox: RunningSandbox;
const intake = new RequestRecorder();

beforeAll(async () => {
  await intake.start();
  sandbox = await startSandbox({ SANDBOX_INTAKE_URL: intake.url, INTAKE_PUBLIC_URL: 'https://intake.example.org' });
});
afterAll(async () => {
  await sandbox.close();
  await intake.close();
});
afterEach(async () => {
  await sandbox.del('/__sandbox/faults');
  await sandbox.del('/__sandbox/messages');
});

const twilio = () =>
  createTwilioClient({ accountSid: sandbox.config.TWILIO_ACCOUNT_SID, authToken: sandbox.config.TWILIO_AUTH_TOKEN, apiBaseUrl: sandbox.url });
const line = () => createLineClient({ channelAccessToken: sandbox.config.LINE_CHANNEL_ACCESS_TOKEN, baseURL: sandbox.url });
const FROM = '+15005550006';

async function caught(p: Promise<unknown>): Promise<ProviderError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ProviderError);
    return err as ProviderError;
  }
  throw new Error('expected a ProviderError');
}

describe('Twilio adapter', () => {
  it('sends through the real SDK to the sandbox, and the message is recorded for its recipient', async () => {
    const page = renderPage({ language: 'th', priority: 'P1', district: 'mae-sai', summary: 'เด็กสามคนถูกขัง', code: 3, alertId: 'a-1' });
    const sent = await sendSms(twilio(), { from: FROM, to: '+66811110001', body: page.sms });
    expect(sent).toEqual({ sid: expect.stringMatching(/^SM[0-9a-f]{32}$/), status: 'queued' });

    const { body } = await sandbox.get(`/__sandbox/messages?to=${encodeURIComponent('+66811110001')}`);
    expect(body).toEqual([
      { id: sent.sid, channel: 'sms', to: '+66811110001', text: 'P1 แม่สาย: เด็กสามคนถูกขัง. ตอบ ACK 3 เพื่อรับ, NO 3 ปฏิเสธ', payload: expect.objectContaining({ To: '+66811110001', From: FROM }), at: expect.any(String) },
    ]);
  });

  it('turns a 429 into a temporary ProviderError, and the next call succeeds', async () => {
    await sandbox.post('/__sandbox/faults', { channel: 'sms', status: 429, failNext: 1 });
    const err = await caught(sendSms(twilio(), { from: FROM, to: '+66811110002', body: 'ping' }));
    expect(err).toMatchObject({ provider: 'twilio', status: 429, code: 20429, temporary: true });

    await expect(sendSms(twilio(), { from: FROM, to: '+66811110002', body: 'ping' })).resolves.toMatchObject({ status: 'queued' });
    expect((await sandbox.get('/__sandbox/messages?to=%2B66811110002')).body).toHaveLength(1);
  });

  it.each([500, 503])('treats a %i as temporary', async (status) => {
    await sandbox.post('/__sandbox/faults', { channel: 'sms', status });
    await expect(caught(sendSms(twilio(), { from: FROM, to: '+66811110003', body: 'x' }))).resolves.toMatchObject({ status, temporary: true });
  });

  it('gives a permanent 401 for bad credentials', async () => {
    const client = createTwilioClient({ accountSid: sandbox.config.TWILIO_ACCOUNT_SID, authToken: 'wrong', apiBaseUrl: sandbox.url });
    const err = await caught(sendSms(client, { from: FROM, to: '+66811110004', body: 'x' }));
    expect(err).toMatchObject({ provider: 'twilio', status: 401, code: 20003, temporary: false });
  });

  it('gives permanent errors for an invalid number (21211) and an unsubscribed one (21610)', async () => {
    await expect(caught(sendSms(twilio(), { from: FROM, to: '0812345678', body: 'x' }))).resolves.toMatchObject({ status: 400, code: 21211, temporary: false });
    await sandbox.post('/__sandbox/faults', { channel: 'sms', blockedUsers: ['+66811110005'] });
    await expect(caught(sendSms(twilio(), { from: FROM, to: '+66811110005', body: 'x' }))).resolves.toMatchObject({ status: 400, code: 21610, temporary: false });
  });

  it('treats an unreachable API as temporary', async () => {
    const client = createTwilioClient({ accountSid: 'ACdead', authToken: 't', apiBaseUrl: 'http://127.0.0.1:1' });
    await expect(caught(sendSms(client, { from: FROM, to: '+66811110006', body: 'x' }))).resolves.toMatchObject({ provider: 'twilio', temporary: true, code: 'ECONNREFUSED' });
  });
});

describe('LINE adapter', () => {
  const user = 'U0000000000000000000000000000000a';

  it('pushes a rendered page; the same delivery id twice is shown once', async () => {
    const page = renderPage({ language: 'en', priority: 'P1', district: 'chiang-khong', summary: 'Boys held at the pier', code: 4, alertId: 'inc-1-ngo-1-r-9-line' });
    const first = await pushMessage(line(), { to: user, messages: page.line, deliveryId: 'inc-1-ngo-1-r-9-line' });
    const second = await pushMessage(line(), { to: user, messages: page.line, deliveryId: 'inc-1-ngo-1-r-9-line' });
    expect(first).toMatchObject({ duplicate: false, sentMessages: [{ id: expect.any(String) }] });
    expect(second).toMatchObject({ duplicate: true, requestId: first.requestId });

    const { body } = await sandbox.get(`/__sandbox/messages?to=${user}`);
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({ channel: 'line', to: user, text: 'P1 Chiang Khong: Boys held at the pier. Reply ACK 4 to accept, NO 4 to decline' });
    expect(body[0].payload.messages[0].contents.footer.contents[0].action).toEqual({
      type: 'postback', label: 'Accept', data: 'action=accept&alert=inc-1-ngo-1-r-9-line', displayText: 'Accept',
    });
  });

  it('accepts an explicit retry key too', async () => {
    const retryKey = lineRetryKey('explicit');
    await pushMessage(line(), { to: user, messages: renderNotice({ language: 'en', notice: 'one' }).line, retryKey });
    await expect(pushMessage(line(), { to: user, messages: renderNotice({ language: 'en', notice: 'one' }).line, retryKey })).resolves.toMatchObject({ duplicate: true });
    expect((await sandbox.get(`/__sandbox/messages?to=${user}`)).body).toHaveLength(1);
  });

  it('retries after a temporary failure with the same key and gets through once', async () => {
    await sandbox.post('/__sandbox/faults', { channel: 'line', status: 503, failNext: 1 });
    const push = () => pushMessage(line(), { to: user, messages: [{ type: 'text', text: 'page' }], deliveryId: 'retry-me' });
    await expect(caught(push())).resolves.toMatchObject({ provider: 'line', status: 503, temporary: true });
    await expect(push()).resolves.toMatchObject({ duplicate: false });
    await expect(push()).resolves.toMatchObject({ duplicate: true });
    expect((await sandbox.get(`/__sandbox/messages?to=${user}`)).body).toHaveLength(1);
  });

  it('maps a blocked user and a bad token to permanent errors', async () => {
    await sandbox.post('/__sandbox/faults', { channel: 'line', blockedUsers: [user] });
    await expect(caught(pushMessage(line(), { to: user, messages: [{ type: 'text', text: 'x' }], deliveryId: 'blocked' }))).resolves.toMatchObject({ status: 400, temporary: false });

    const bad = createLineClient({ channelAccessToken: 'wrong', baseURL: sandbox.url });
    const err = await caught(pushMessage(bad, { to: user, messages: [{ type: 'text', text: 'x' }], deliveryId: 'bad-token' }));
    expect(err).toMatchObject({ status: 401, temporary: false, message: expect.stringContaining('Authentication failed') });
  });

  it('rejects a malformed push as LINE does', async () => {
    const err = await caught(pushMessage(line(), { to: user, messages: [], deliveryId: 'empty' }));
    expect(err).toMatchObject({ status: 400, temporary: false, message: expect.stringContaining('messages: Size must be between 1 and 5') });
  });

  it('replies with a token from a webhook once; the second use is refused', async () => {
    const sent = await sandbox.post('/__sandbox/line', { from: user, type: 'message', text: 'hello' });
    const replyToken = sent.body.event.replyToken as string;
    const messages: messagingApi.Message[] = [{ type: 'text', text: 'ได้รับข้อมูลแล้ว' }];
    await expect(replyMessage(line(), { replyToken, messages })).resolves.toMatchObject({ sentMessages: [{ id: expect.any(String) }] });
    const again = await caught(replyMessage(line(), { replyToken, messages }));
    expect(again).toMatchObject({ provider: 'line', status: 400, temporary: false, message: 'Invalid reply token' });
    await expect(caught(replyMessage(line(), { replyToken: 'never-issued', messages }))).resolves.toMatchObject({ status: 400 });

    const { body } = await sandbox.get(`/__sandbox/messages?to=${user}`);
    expect(body.map((m: any) => m.text)).toEqual(['ได้รับข้อมูลแล้ว']);
  });

  it('treats an unreachable API as temporary', async () => {
    const client = createLineClient({ channelAccessToken: 't', baseURL: 'http://127.0.0.1:1' });
    await expect(caught(pushMessage(client, { to: user, messages: [{ type: 'text', text: 'x' }], deliveryId: 'down' }))).resolves.toMatchObject({
      provider: 'line',
      code: 'ECONNREFUSED',
      temporary: true,
    });
  });

  it('gives up on an API that takes the request and never answers, as a temporary error', async () => {
    // The SDK's own fetch had no timeout: a hung connection would have held the delivery for ever.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const client = createLineClient({ channelAccessToken: 't', baseURL: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, timeoutMs: 300 });
      await expect(caught(pushMessage(client, { to: user, messages: [{ type: 'text', text: 'x' }], deliveryId: 'hung' }))).resolves.toMatchObject({
        provider: 'line',
        code: 'ETIMEDOUT',
        temporary: true,
      });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
