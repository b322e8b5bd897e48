import { HttpException } from '@nestjs/common';
import { z } from 'zod';

export interface LineErrorDetail {
  message: string;
  property: string;
}

/** LINE's error body: `{message, details?}`. */
export function lineApiError(status: number, message: string, details?: LineErrorDetail[]): HttpException {
  return new HttpException(details?.length ? { message, details } : { message }, status);
}

/** A bad request body, worded as LINE words it. */
export function lineBodyError(issues: z.core.$ZodIssue[]): HttpException {
  const details = issues.map((i) => ({ message: i.message, property: i.path.join('.') || 'body' }));
  return lineApiError(400, `The request body has ${details.length} error(s)`, details);
}

/** The error LINE gives for an injected HTTP status. */
export function lineFaultError(status: number): HttpException {
  switch (status) {
    case 429:
      return lineApiError(429, 'The API rate limit has been exceeded. Try again later.');
    case 400:
      return lineApiError(400, 'The request body has 1 error(s)', [{ message: 'Invalid value', property: 'messages[0]' }]);
    case 503:
      return lineApiError(503, 'Service Unavailable');
    default:
      return lineApiError(status, 'Internal Server Error');
  }
}
