/** What a responder's free-text answer (SMS or LINE text) means. */
export type ResponderReply =
  /** `otherCodes`: more codes after the first ("ACK 1 2"); only the first is acted on, and the responder is told. */
  | { kind: ReplyAction; code?: number; otherCodes?: number[] }
  | { kind: 'link'; code: string }
  | { kind: 'stop' }
  | { kind: 'start' }
  | { kind: 'help' }
  | { kind: 'unknown' };

/** `release`: an accepted responder cannot go after all and hands the case back (un-acknowledge). */
export type ReplyAction = 'accept' | 'decline' | 'arrived' | 'release';
