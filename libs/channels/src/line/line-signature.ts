import { createHmac } from 'node:crypto';
import { validateSignature } from '@line/bot-sdk';

/** x-line-signature: base64 HMAC-SHA256 of the exact raw body bytes with the channel secret. */
export function verifyLineSignature(channelSecret: string, rawBody: string | Buffer, signature: string | undefined): boolean {
  if (!signature) return false;
  return validateSignature(rawBody, channelSecret, signature);
}

/** The x-line-signature LINE would send with this body (the sandbox signs its webhooks so). */
export function signLineBody(channelSecret: string, body: string | Buffer): string {
  return createHmac('sha256', channelSecret).update(body).digest('base64');
}
