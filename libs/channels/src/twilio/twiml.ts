import twilio from 'twilio';

/** A TwiML answer to an inbound SMS: one reply message, or an empty response for none. */
export function twiml(message?: string): string {
  const response = new twilio.twiml.MessagingResponse();
  if (message) response.message(message);
  return response.toString();
}
