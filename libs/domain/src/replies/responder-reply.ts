/** What a responder's free-text answer (SMS or LINE text) means. */
export type ResponderReply =
  | { kind: 'accept' | 'decline' | 'arrived'; code?: number }
  | { kind: 'link'; code: string }
  | { kind: 'stop' }
  | { kind: 'start' }
  | { kind: 'help' }
  | { kind: 'unknown' };

export type ReplyAction = 'accept' | 'decline' | 'arrived';
