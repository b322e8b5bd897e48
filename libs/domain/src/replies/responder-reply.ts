/** What a responder's free-text answer (SMS or LINE text) means. */
export type ResponderReply =
  /** `otherCodes`: more codes after the first ("ACK 1 2"); only the first is acted on, and the responder is told. */
  | { kind: ReplyAction; code?: number; otherCodes?: number[] }
  | { kind: 'link'; code: string }
  | { kind: 'stop' }
  | { kind: 'start' }
  | { kind: 'help' }
  | { kind: 'unknown' };

/** Accept, decline, arrived or release: an answer to a page, which dispatch acts on. */
export function isActionReply(reply: ResponderReply): reply is Extract<ResponderReply, { kind: ReplyAction }> {
  return reply.kind === 'accept' || reply.kind === 'decline' || reply.kind === 'arrived' || reply.kind === 'release';
}

/** `release`: an accepted responder cannot go after all and hands the case back (un-acknowledge). */
export type ReplyAction = 'accept' | 'decline' | 'arrived' | 'release';
