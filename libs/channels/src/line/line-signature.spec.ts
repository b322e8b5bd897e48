import { signLineBody, verifyLineSignature } from './line-signature';

describe('LINE signatures', () => {
  const body = JSON.stringify({ destination: 'U1', events: [{ type: 'message', message: { text: 'ช่วยด้วย' } }] });

  it('verifies what it signs, over the exact bytes', () => {
    const signature = signLineBody('secret', body);
    expect(verifyLineSignature('secret', body, signature)).toBe(true);
    expect(verifyLineSignature('secret', Buffer.from(body), signature)).toBe(true);
    expect(verifyLineSignature('other', body, signature)).toBe(false);
    expect(verifyLineSignature('secret', `${body} `, signature)).toBe(false);
    expect(verifyLineSignature('secret', body, undefined)).toBe(false);
    expect(verifyLineSignature('secret', body, 'short')).toBe(false);
  });
});
