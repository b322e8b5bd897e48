import { DeadLetterStream, Streams } from '@rescue/contracts';
import { deadLetterSubject } from '@rescue/messaging';

/**
 * What the board shows live: incidents, alerts and responders' replies (not raw tips, not commands),
 * and tips that could not be processed (dead-lettered), which coordinators must never miss.
 */
export const DEAD_LETTERED_TIPS = deadLetterSubject('tips.>');
const LIVE_SUBJECTS = ['incidents.>', 'alerts.>', 'responders.>', DEAD_LETTERED_TIPS];

/**
 * Each live subject with the stream that stores it. One filter subject per consumer: NATS before
 * 2.10 (Debian ships 2.9) has no multi-subject filters.
 */
export const LIVE_STREAMS = LIVE_SUBJECTS.map((subject) => {
  const stream = [...Streams, DeadLetterStream].find((s) => s.subjects.some((pattern) => covers(pattern, subject)));
  if (!stream) throw new Error(`no stream stores ${subject}`);
  return { name: stream.name, subject };
});

/** Whether a stream subject pattern (`dlq.>`) covers a filter subject (`dlq.tips.>`). */
function covers(pattern: string, subject: string): boolean {
  return pattern === subject || (pattern.endsWith('>') && subject.startsWith(pattern.slice(0, -1)));
}
