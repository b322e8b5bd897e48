import { ReplyAction } from './responder-reply';

export type PostbackReply = { kind: ReplyAction; alertId: string } | { kind: 'unknown' };

const ACTIONS: readonly string[] = ['accept', 'decline', 'arrived', 'release'];

/** Reads a LINE postback's `data` (`action=accept&alert=<alertId>`), as the page buttons set it. */
export function parsePostbackData(data: string): PostbackReply {
  const params = new URLSearchParams(data ?? '');
  const action = params.get('action');
  const alertId = params.get('alert');
  if (!action || !ACTIONS.includes(action) || !alertId) return { kind: 'unknown' };
  return { kind: action as ReplyAction, alertId };
}
