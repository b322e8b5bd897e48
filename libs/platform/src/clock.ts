/**
 * The instant that decides who is on call: which rota turn pages, which hand-off is due, which gap
 * is ahead. Injected (Nest resolves this class as its own token), so a test about a rotation or a
 * hand-off chooses the instant it reasons about instead of depending on the hour it runs at.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** Wall-clock time: what every app runs with. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** The provider each app module lists; a test overrides `Clock` with a clock of its own. */
export const systemClockProvider = { provide: Clock, useClass: SystemClock };
