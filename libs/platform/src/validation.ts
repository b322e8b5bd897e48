import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';

/** Parses a request body with a contract schema; a 400 names every bad field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  if (body === undefined || body === null || typeof body !== 'object') {
    throw new BadRequestException('body must be a JSON object');
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
  throw new BadRequestException(message);
}
