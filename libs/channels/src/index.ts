export * from './provider-error';
export * from './twilio';
export * from './line';
export * from './templates';
export * from './notices/contact-notice';
