export * from './provider-error';
export * from './twilio';
export * from './line';
export * from './templates';
