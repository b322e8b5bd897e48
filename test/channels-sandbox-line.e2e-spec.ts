import { randomBytes } from 'node:crypto';
import { messagingApi } from '@line/bot-sdk';
import { createLineClient, replyMessage, signLineBody } from '@rescue/channels';
import { RunningSandbox, startSandbox } from './support/sandbox-harness';
import { RequestRecorder } from './support/sandbox-recorder';

/**
 * The LINE parts of the sandbox that the public's side of intake relies on, through the real SDK:
 * the content of a photo a user sent (api-data's content endpoint), the language in a user's
 * profile, and reply tokens that expire.
 */
const intake = new RequestRecorder();
let sandbox: RunningSandbox;

beforeAll(async () => {
  await intake.start();
  sandbox = await startSandbox({ SANDBOX_INTAKE_URL: intake.url, SANDBOX_REPLY_TOKEN_TTL_SECONDS: '0.3' });
});
afterAll(async () => {
  await sandbox.close();
  await intake.close();
});

const lineUser = () => `U${randomBytes(16).toString('hex')}`;
const client = () => createLineClient({ channelAccessToken: sandbox.config.LINE_CHANNEL_ACCESS_TOKEN, baseURL: sandbox.url });
const blob = (token = sandbox.config.LINE_CHANNEL_ACCESS_TOKEN) => new messagingApi.MessagingApiBlobClient({ channelAccessToken: token, baseURL: sandbox.url });

async function readAll(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

it('sends an image message, signed, whose content the SDK fetches by message id; 404 for another id, 401 without the token', async () => {
  const photo = randomBytes(4096);
  const user = lineUser();
  const res = await sandbox.post('/__sandbox/line', { from: user, type: 'message', image: { base64: photo.toString('base64'), contentType: 'image/jpeg' } });
  expect(res.status).toBe(200);
  const [post] = await intake.waitFor('/webhooks/line');
  expect(post.headers['x-line-signature']).toBe(signLineBody(sandbox.config.LINE_CHANNEL_SECRET, post.rawBody));
  const [event] = JSON.parse(post.rawBody.toString('utf8')).events;
  expect(event).toMatchObject({ type: 'message', source: { userId: user }, message: { id: res.body.event.messageId, type: 'image', contentProvider: { type: 'line' } } });

  const content = await blob().getMessageContentWithHttpInfo(event.message.id);
  expect(content.httpResponse.headers.get('content-type')).toBe('image/jpeg');
  expect((await readAll(content.body)).equals(photo)).toBe(true);

  await expect(blob().getMessageContent('1')).rejects.toMatchObject({ status: 404 });
  await expect(blob('wrong-token').getMessageContent(event.message.id)).rejects.toMatchObject({ status: 401 });
  // Without content of its own, an image is a small sample picture (the simulator's photo button).
  const sample = await sandbox.post('/__sandbox/line', { from: user, type: 'message', image: {} });
  expect((await blob().getMessageContentWithHttpInfo(sample.body.event.messageId)).httpResponse.headers.get('content-type')).toBe('image/png');
});

it("reports the language of a user's LINE app in their profile, or none when they did not share it", async () => {
  const burmese = lineUser();
  const private_ = lineUser();
  await sandbox.post('/__sandbox/line', { from: burmese, type: 'follow', language: 'my' });
  await sandbox.post('/__sandbox/line', { from: private_, type: 'follow', language: null });
  expect(await client().getProfile(burmese)).toMatchObject({ userId: burmese, language: 'my' });
  const profile = await client().getProfile(private_);
  expect(profile.userId).toBe(private_);
  expect(profile).not.toHaveProperty('language');
  // A later event that does not say keeps what was set.
  await sandbox.post('/__sandbox/line', { from: burmese, type: 'message', text: 'hello' });
  expect((await client().getProfile(burmese)).language).toBe('my');
});

it('refuses a reply token once it has expired, as LINE does', async () => {
  const user = lineUser();
  const fresh = await sandbox.post('/__sandbox/line', { from: user, type: 'message', text: 'one' });
  await replyMessage(client(), { replyToken: fresh.body.event.replyToken, messages: [{ type: 'text', text: 'in time' }] });
  const stale = await sandbox.post('/__sandbox/line', { from: user, type: 'message', text: 'two' });
  await new Promise((r) => setTimeout(r, 500));
  await expect(replyMessage(client(), { replyToken: stale.body.event.replyToken, messages: [{ type: 'text', text: 'too late' }] })).rejects.toMatchObject({
    status: 400,
    temporary: false,
    message: expect.stringMatching(/Invalid reply token/),
  });
  expect((await sandbox.get(`/__sandbox/messages?to=${user}`)).body.map((m: any) => m.text)).toEqual(['in time']);
});
