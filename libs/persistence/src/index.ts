export * from './database';
export * from './migrate';
export * from './persistence.module';
export * from './directory-edits';
export * from './audit-chain';
