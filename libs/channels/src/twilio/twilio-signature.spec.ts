import { signTwilioRequest, verifyTwilioSignature } from './twilio-signature';

describe('Twilio signatures', () => {
  const url = 'https://intake.example.org/webhooks/twilio/status?alertId=a1&incidentId=i1';
  const params = { MessageSid: 'SM1', MessageStatus: 'delivered', To: '+66812345678' };

  it('verifies what it signs, and nothing changed', () => {
    const signature = signTwilioRequest('token', url, params);
    expect(verifyTwilioSignature({ authToken: 'token', url, params, signature })).toBe(true);
    expect(verifyTwilioSignature({ authToken: 'token', url, params: { ...params, MessageStatus: 'failed' }, signature })).toBe(false);
    expect(verifyTwilioSignature({ authToken: 'other', url, params, signature })).toBe(false);
    expect(verifyTwilioSignature({ authToken: 'token', url, params, signature: undefined })).toBe(false);
  });
});
