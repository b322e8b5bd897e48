/** One message read from a live stream, with where it sits in that stream. */
export interface StreamMessage {
  stream: string;
  seq: number;
  subject: string;
  payload: unknown;
  at: Date;
}
