export * from './twilio-client';
export * from './node-request-client';
export * from './twilio-provider-error';
export * from './send-sms';
export * from './twilio-signature';
export * from './twiml';
