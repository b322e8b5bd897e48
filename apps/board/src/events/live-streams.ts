import { Streams } from '@rescue/contracts';

/** What the board shows live: incidents, alerts and responders' replies (not raw tips, not commands). */
const LIVE_SUBJECTS = ['incidents.>', 'alerts.>', 'responders.>'];

/**
 * Each live subject with the stream that stores it. One filter subject per consumer: NATS before
 * 2.10 (Debian ships 2.9) has no multi-subject filters.
 */
export const LIVE_STREAMS = LIVE_SUBJECTS.map((subject) => {
  const stream = Streams.find((s) => s.subjects.includes(subject));
  if (!stream) throw new Error(`no stream stores ${subject}`);
  return { name: stream.name, subject };
});
