export * from './oncall';
export * from './replies';
export * from './triage';
export * from './text/control-characters';
export * from './text/lone-surrogates';
export * from './links/link-code';
export * from './reports/incident-export';
