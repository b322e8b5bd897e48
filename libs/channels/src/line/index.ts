export * from './line-client';
export * from './line-provider-error';
export * from './line-retry-key';
export * from './push-message';
export * from './reply-message';
export * from './line-signature';
