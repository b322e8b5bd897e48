export * from './config';
export * from './env-files';
export * from './sealing';
export * from './health';
export * from './validation';
export * from './http-request';
export * from './clock';
