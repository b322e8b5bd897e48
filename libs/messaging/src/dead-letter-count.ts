import { Counter } from 'prom-client';

/**
 * Messages given up on (poison, permanent errors, the last allowed delivery) and copied to the
 * dead-letter stream, by the stream they came from: each is work nobody did, and needs a person.
 */
const deadLetters = new Counter({
  name: 'messaging_dead_letters_total',
  help: 'Messages copied to the dead-letter stream and terminated, by original stream',
  labelNames: ['stream'],
});

export function countDeadLetter(stream: string): void {
  deadLetters.inc({ stream });
}

/** A stream's series exists from start-up, so `increase()` sees its first dead letter. */
export function declareDeadLetterStream(stream: string): void {
  deadLetters.inc({ stream }, 0);
}
