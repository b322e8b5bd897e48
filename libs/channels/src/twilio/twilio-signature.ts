import twilio from 'twilio';

export type TwilioParams = Record<string, string>;

/**
 * Checks X-Twilio-Signature as Twilio computes it: HMAC-SHA1 of the URL Twilio called (the public
 * one, with its query string) followed by the sorted form parameters.
 */
export function verifyTwilioSignature(input: { authToken: string; url: string; params: TwilioParams; signature: string | undefined }): boolean {
  if (!input.signature) return false;
  return twilio.validateRequest(input.authToken, input.signature, input.url, input.params);
}

/** The X-Twilio-Signature Twilio would send for this request (the sandbox signs its webhooks so). */
export function signTwilioRequest(authToken: string, url: string, params: TwilioParams): string {
  return twilio.getExpectedTwilioSignature(authToken, url, params);
}
