export type SandboxChannel = 'sms' | 'line';

/** One message a recipient received, as `GET /__sandbox/messages` lists it (public contract). */
export interface SandboxMessage {
  id: string;
  channel: SandboxChannel;
  /** The phone number or LINE user id. */
  to: string;
  /** The SMS body, or a LINE message's text or alt text. */
  text: string;
  /** The request body as the SDK sent it. */
  payload: unknown;
  at: string;
}

/** One message a simulated phone sent, and what intake answered. */
export interface InboundMessage {
  id: string;
  channel: SandboxChannel;
  from: string;
  text: string;
  intakeStatus?: number;
  at: string;
}
