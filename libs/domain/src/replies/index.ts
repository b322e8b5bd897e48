export * from './responder-reply';
export * from './normalize-reply-text';
export * from './parse-responder-reply';
export * from './parse-postback-data';
export * from './check-reply-code';
