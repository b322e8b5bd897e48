import { Streams } from '@rescue/contracts';

/** What the board shows live: incidents, alerts and responders' replies (not raw tips, not commands). */
const LIVE_SUBJECTS = ['incidents.>', 'alerts.>', 'responders.>'];

export const LIVE_STREAMS = Streams.filter((s) => s.subjects.some((subject) => LIVE_SUBJECTS.includes(subject))).map((s) => ({
  name: s.name,
  subjects: s.subjects.filter((subject) => LIVE_SUBJECTS.includes(subject)),
}));
