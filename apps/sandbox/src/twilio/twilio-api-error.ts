import { HttpException } from '@nestjs/common';

/** Twilio's REST error body: `{code, message, more_info, status}`, which the SDK turns into a RestException. */
export function twilioApiError(status: number, code: number, message: string): HttpException {
  return new HttpException({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }, status);
}

/** The error Twilio gives for an injected HTTP status. */
export function twilioFaultError(status: number): HttpException {
  switch (status) {
    case 429:
      return twilioApiError(429, 20429, 'Too Many Requests');
    case 503:
      return twilioApiError(503, 20503, 'Service Unavailable');
    case 400:
      return twilioApiError(400, 21211, "Invalid 'To' Phone Number");
    default:
      return twilioApiError(status, 20500, 'Internal Server Error');
  }
}
