/** A reply code of one of the responder's open cases, with the case's district (to tell them apart). */
export interface OpenReplyCode {
  code: number;
  district: string;
}

/**
 * What to do with an SMS answer given the responder's open codes: act on it (one code it names, or the
 * only one open), or answer instead, because a reply that gets no answer leaves the responder thinking
 * they took a case they did not.
 */
export type ReplyCodeCheck =
  | { kind: 'act'; code?: number; ignoredCodes: number[] }
  | { kind: 'unknown-code'; code: number; open: OpenReplyCode[] }
  | { kind: 'which-code'; open: OpenReplyCode[] }
  | { kind: 'no-open-case' };

export function checkReplyCode(reply: { code?: number; otherCodes?: number[] }, open: OpenReplyCode[]): ReplyCodeCheck {
  if (!open.length) return { kind: 'no-open-case' };
  if (reply.code === undefined) return open.length === 1 ? { kind: 'act', ignoredCodes: [] } : { kind: 'which-code', open };
  if (!open.some((o) => o.code === reply.code)) return { kind: 'unknown-code', code: reply.code, open };
  return { kind: 'act', code: reply.code, ignoredCodes: (reply.otherCodes ?? []).filter((c) => c !== reply.code) };
}
