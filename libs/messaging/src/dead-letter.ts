import { headers, JetStreamClient, JsMsg } from 'nats';
import { DeadLetterStream } from '@rescue/contracts';
import { deterministicId } from './ids';

/** Headers on a dead-lettered copy, telling where it came from and why it was given up on. */
export const DeadLetterHeaders = {
  originalSubject: 'Dlq-Original-Subject',
  stream: 'Dlq-Stream',
  streamSequence: 'Dlq-Stream-Seq',
  consumer: 'Dlq-Consumer',
  deliveries: 'Dlq-Deliveries',
  reason: 'Dlq-Reason',
  originalMsgId: 'Dlq-Original-Msg-Id',
} as const;

/** `dlq.<original subject>`, stored in the dead-letter stream of the contracts. */
export function deadLetterSubject(subject: string): string {
  return `${DeadLetterStream.subjects[0].replace(/>$/, '')}${subject}`;
}

/**
 * Copies a message that will not be processed into the dead-letter stream, unchanged, with the reason.
 * The copy's msg id derives from consumer and stream sequence, so a retried copy is not stored twice.
 * Resolves only once the copy is stored: the caller may then terminate the original.
 */
export async function deadLetter(js: JetStreamClient, msg: JsMsg, consumer: string, reason: string): Promise<void> {
  const h = headers();
  h.set(DeadLetterHeaders.originalSubject, msg.subject);
  h.set(DeadLetterHeaders.stream, msg.info.stream);
  h.set(DeadLetterHeaders.streamSequence, String(msg.info.streamSequence));
  h.set(DeadLetterHeaders.consumer, consumer);
  h.set(DeadLetterHeaders.deliveries, String(msg.info.deliveryCount));
  h.set(DeadLetterHeaders.reason, headerSafe(reason));
  const originalId = msg.headers?.get('Nats-Msg-Id');
  if (originalId) h.set(DeadLetterHeaders.originalMsgId, originalId);
  await js.publish(deadLetterSubject(msg.subject), msg.data, {
    headers: h,
    msgID: deterministicId('dlq', consumer, msg.info.stream, msg.info.streamSequence),
  });
}

/** Header values are one line; keep them short too. */
function headerSafe(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').slice(0, 1000);
}
