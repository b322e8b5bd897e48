export * from './oncall';
export * from './replies';
