export * from './subjects';
export * from './events';
export * from './http';
