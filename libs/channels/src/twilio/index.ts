export * from './twilio-client';
export * from './base-url-request-client';
export * from './twilio-provider-error';
export * from './send-sms';
export * from './twilio-signature';
export * from './twiml';
