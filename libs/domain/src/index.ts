export * from './oncall';
export * from './replies';
export * from './triage';
