import { sleep } from '../../test/support/system';
import { TipPoster } from '../tip-poster';

/** What the operator client saw for one tip. */
export interface SentTip {
  index: number;
  postedAt: number;
  answeredAt: number;
  /** HTTP status, or 0 when intake could not be reached (connection refused or reset). */
  status: number;
  tipId?: string;
}

// P1 tips that no two share a named venue, person, place or long number of: triage never merges
// them, so every accepted tip must become an incident of its own.
const TEMPLATES = [
  (n: number) => `Boy aged ${n} locked up tonight, help`,
  (n: number) => `Girl, ${n}, locked up, moved across tonight`,
  (n: number) => `Kid ${n} locked up, help now`,
  (n: number) => `Girls aged ${n} held, taken tonight`,
];
const DISTRICTS = ['mae-sai', 'chiang-khong', 'wiang-kaen', 'chiang-saen'];

/** The marker each tip's text carries, so that counts come from PostgreSQL: `(chaos-1000)` for tip 0. */
export const markerOf = (index: number) => `(chaos-${1000 + index})`;
/** The marker as a POSIX regex for PostgreSQL (`~`, and `substring(text from ...)` for the number). */
export const MARKER_PATTERN = '\\(chaos-([0-9]+)\\)';
export const indexOfText = (text: string): number | undefined => {
  const m = /\(chaos-(\d+)\)/.exec(text);
  return m ? Number(m[1]) - 1000 : undefined;
};

export function tipOf(index: number) {
  return {
    channel: 'hotline',
    text: `${TEMPLATES[index % TEMPLATES.length](12 + (index % 5))} ${markerOf(index)}`,
    location: { district: DISTRICTS[index % DISTRICTS.length] },
  };
}

/**
 * Posts `count` tips at `rate` per second, each on time whatever the answers to the earlier ones
 * (a slow or dead intake does not slow the stream down). `onProgress(i)` is told as each is sent.
 */
export async function streamTips(intakeUrl: string, apiKey: string, count: number, rate: number, onProgress: (sent: number) => void = () => undefined): Promise<SentTip[]> {
  const poster = new TipPoster(intakeUrl, apiKey);
  const started = Date.now();
  const answers: Promise<SentTip>[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const due = started + (i * 1000) / rate;
      if (due > Date.now()) await sleep(due - Date.now());
      const postedAt = Date.now();
      answers.push(
        poster.post(tipOf(i)).then(
          ({ status, tipId }) => ({ index: i, postedAt, answeredAt: Date.now(), status, tipId }),
          () => ({ index: i, postedAt, answeredAt: Date.now(), status: 0 }),
        ),
      );
      onProgress(i + 1);
    }
    return await Promise.all(answers);
  } finally {
    poster.close();
  }
}
