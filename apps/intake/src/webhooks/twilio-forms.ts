import { z } from 'zod';
import { hasControlCharacters } from '@rescue/domain';

/**
 * A Twilio form field: exactly one value. A field missing or given twice is a malformed request
 * (Twilio sends each once), answered 400 with its name rather than failing later on an array.
 */
const field = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `missing (${what})` : Array.isArray(issue.input) ? 'given more than once' : 'must be text') });

/** A field that names something (a number, an id, a status): a control character in it is a forged request, not a typo. */
const plain = (schema: z.ZodString) => schema.refine((v) => !hasControlCharacters(v), 'must not contain control characters');

/** An inbound SMS as Twilio posts it (the Body's control characters are removed, not refused: a phone sends them). MessageSid is required: it is what makes a replayed webhook one tip. */
export const InboundSmsForm = z.object({
  MessageSid: plain(field('Twilio sends one with every message').min(1, 'must not be empty').max(64)),
  From: plain(field('the sender').min(1, 'must not be empty').max(40)),
  Body: field('the text').max(5000).default(''),
  NumMedia: field('the number of attachments').regex(/^\d{1,2}$/, 'must be a number').default('0'),
});

/** A delivery status callback for an SMS the notifier sent. */
export const StatusCallbackForm = z.object({
  MessageSid: plain(field('Twilio sends one with every callback').min(1, 'must not be empty').max(64)),
  MessageStatus: plain(field('the delivery status').min(1).max(40)),
  ErrorCode: plain(field('the error code').max(20)).optional(),
});
