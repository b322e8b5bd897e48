/**
 * JetStream did not confirm that it stored a message (not connected, no PubAck in time, no stream).
 * The message must be treated as not stored: an HTTP edge answers 503 and the caller retries with the
 * same msg id, which JetStream dedupes if the first attempt was stored after all.
 */
export class MessagingUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MessagingUnavailableError';
  }
}
