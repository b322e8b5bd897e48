import twilio from 'twilio';
import { randomBytes } from 'node:crypto';
import { createUser, tokenOf } from './support/browser';
import { eventually, sleep, System } from './support/system';

/**
 * What a security probe found at intake (issue 19): a NUL that made an accepted tip vanish, an
 * Idempotency-Key that dropped another caller's tip, and Twilio forms that crashed or replayed.
 * Each answer is checked together with what must not happen (no receipt for a refused SMS, no
 * second tip for a replay, no tip dropped).
 */
const system = new System();

beforeAll(() => system.start(), 90_000);
afterAll(() => system.stop());

const phone = () => `+6689${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
const stamp = () => `${Date.now()}-${randomBytes(3).toString('hex')}`;

async function line(body: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${system.urls.sandbox}/__sandbox/line`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.json();
}

/** A form posted to intake's SMS webhook, signed as Twilio signs it (repeated fields as Twilio's validator sees them). */
async function signedSmsForm(pairs: [string, string][]): Promise<{ status: number; text: string }> {
  const url = `${system.env.INTAKE_PUBLIC_URL}/webhooks/twilio/sms`;
  const params: Record<string, string | string[]> = {};
  for (const [k, v] of pairs) params[k] = k in params ? [...([] as string[]).concat(params[k]), v] : v;
  const res = await fetch(`${system.urls.intake}/webhooks/twilio/sms`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(system.env.TWILIO_AUTH_TOKEN!, url, params as Record<string, string>),
    },
    body: new URLSearchParams(pairs).toString(),
  });
  return { status: res.status, text: await res.text() };
}

const tipsWith = (fragment: string) => system.sql<{ id: string; text: string; incident_id: string | null }>(`SELECT id, text, incident_id FROM tips WHERE text LIKE $1`, [`%${fragment}%`]);

describe('control characters', () => {
  it('refuses a NUL in an operator tip with a 400 naming the field, and files nothing', async () => {
    const mark = stamp();
    const res = await system.postTip({ channel: 'hotline', text: `girls locked in\u0000 a room ${mark}`, location: { district: 'mae-sai' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).message).toBe('text: must not contain control characters');
    const nested = await system.postTip({ channel: 'hotline', text: `ok ${mark}`, location: { district: 'mae-sai', description: 'km 3\u0000' } });
    expect(((await nested.json()) as any).message).toBe('location.description: must not contain control characters');
    await sleep(1000);
    expect(await tipsWith(mark)).toEqual([]);
  });

  it('keeps an SMS tip with a NUL, without it: it is filed, triaged and the reporter gets a receipt', async () => {
    const mark = stamp();
    const from = phone();
    const answer = await signedSmsForm([['MessageSid', `SM${randomBytes(16).toString('hex')}`], ['From', from], ['To', system.env.TWILIO_FROM_NUMBER!], ['Body', `three girls\u0000 at the karaoke in Mae Sai ${mark}`]]);
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(/CR-/);
    const [tip] = await eventually(async () => {
      const tips = await tipsWith(mark);
      expect(tips[0]?.incident_id).toBeTruthy();
      return tips;
    }, 15_000);
    expect(tip.text).toBe(`three girls at the karaoke in Mae Sai ${mark}`);
  });

  it('keeps a LINE tip with a NUL, without it', async () => {
    const mark = stamp();
    await line({ from: `U${randomBytes(16).toString('hex')}`, type: 'message', text: `boys\u0000 taken to the boat at Chiang Khong ${mark}` });
    const [tip] = await eventually(async () => {
      const tips = await tipsWith(mark);
      expect(tips[0]?.incident_id).toBeTruthy();
      return tips;
    }, 15_000);
    expect(tip.text).toBe(`boys taken to the boat at Chiang Khong ${mark}`);
  });
});

describe('Idempotency-Key', () => {
  const post = (key: string, text: string, token = system.env.OPERATOR_API_KEY!) =>
    fetch(`${system.urls.intake}/v1/tips`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
      body: JSON.stringify({ channel: 'hotline', text, location: { district: 'mae-sai' } }),
    });

  it('gives a retry of the same tip the same tipId, and refuses the key for a different tip with a 409', async () => {
    const key = `retry-${stamp()}`;
    const first = await post(key, `a tip ${key}`);
    const again = await post(key, `a tip ${key}`);
    expect(first.status).toBe(202);
    expect(((await again.json()) as any).tipId).toBe(((await first.json()) as any).tipId);
    const other = await post(key, `another tip ${key}`);
    expect(other.status).toBe(409);
    expect(((await other.json()) as any).message).toMatch(/^Idempotency-Key: already used .* for a different tip/);
  });

  it('keeps the tips of two organisations that file through the board with the same key', async () => {
    const key = `shared-${stamp()}`;
    const users = [
      { email: `ms-${key}@intake.test`, password: 'hotline-desk-2026', name: 'Mae Sai desk', role: 'operator', organization: 'police-mae-sai' },
      { email: `ck-${key}@intake.test`, password: 'hotline-desk-2026', name: 'Chiang Khong desk', role: 'operator', organization: 'police-chiang-khong' },
    ];
    const ids: string[] = [];
    for (const [i, user] of users.entries()) {
      await createUser(system, user);
      const res = await fetch(`${system.urls.board}/v1/tips`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(system, user)}`, 'idempotency-key': key },
        body: JSON.stringify({ text: `tip ${i} of ${key}`, district: 'mae-sai' }),
      });
      expect(res.status).toBe(202);
      ids.push(((await res.json()) as any).tipId);
    }
    expect(new Set(ids).size).toBe(2);
    await eventually(async () => expect((await tipsWith(key)).map((t) => t.text).sort()).toEqual([`tip 0 of ${key}`, `tip 1 of ${key}`]), 15_000);
  });
});

describe('malformed Twilio forms', () => {
  const sid = () => `SM${randomBytes(16).toString('hex')}`;
  const to = () => system.env.TWILIO_FROM_NUMBER!;

  it('answers 400 naming the field for a form with no From, or with Body or From given twice, and files nothing', async () => {
    const mark = stamp();
    expect(await signedSmsForm([['MessageSid', sid()], ['To', to()], ['Body', `no sender ${mark}`]])).toMatchObject({ status: 400, text: expect.stringContaining('From: missing') });
    expect(await signedSmsForm([['MessageSid', sid()], ['From', phone()], ['To', to()], ['Body', `twice ${mark}`], ['Body', 'again']])).toMatchObject({
      status: 400,
      text: expect.stringContaining('Body: given more than once'),
    });
    const from = phone();
    expect(await signedSmsForm([['MessageSid', sid()], ['From', from], ['From', phone()], ['To', to()], ['Body', `two senders ${mark}`]])).toMatchObject({
      status: 400,
      text: expect.stringContaining('From: given more than once'),
    });
    for (const r of [await signedSmsForm([['MessageSid', sid()], ['To', to()]])]) expect(r.text).not.toMatch(/stack|at \w+ \(/);
    await sleep(1000);
    expect(await tipsWith(mark)).toEqual([]);
    expect(await system.messages(from)).toEqual([]);
  });

  it('refuses a signed SMS without MessageSid, so a replay cannot make a second tip', async () => {
    const mark = stamp();
    const from = phone();
    const form: [string, string][] = [['From', from], ['To', to()], ['Body', `girls at the karaoke in Mae Sai ${mark}`]];
    const replies = [await signedSmsForm(form), await signedSmsForm(form)];
    expect(replies.map((r) => r.status)).toEqual([400, 400]);
    expect(replies[0].text).toContain('MessageSid: missing');
    await sleep(1000);
    expect(await tipsWith(mark)).toEqual([]);
  });
});
