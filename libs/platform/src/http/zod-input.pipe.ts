import { Body, PipeTransform, Query } from '@nestjs/common';
import { z } from 'zod';
import { parseBody } from '../validation';

/**
 * A route's zod-validated input. The pipe keeps the schema it parses with, so the OpenAPI document
 * reads the very object that validates (from the route's parameter metadata), never a copy of it.
 */
export class ZodInput<S extends z.ZodType = z.ZodType> implements PipeTransform {
  constructor(
    readonly schema: S,
    /** No body at all is taken as `{}` (a command whose fields are all optional). */
    readonly optional = false,
  ) {}

  transform(value: unknown): z.infer<S> {
    return parseBody(this.schema, value === undefined && this.optional ? {} : value);
  }
}

/** The request body parsed by `schema`: a 400 names every bad field. */
export const ValidBody = (schema: z.ZodType, { optional = false } = {}) => Body(new ZodInput(schema, optional));

/** The query string parsed by `schema`. */
export const ValidQuery = (schema: z.ZodType) => Query(new ZodInput(schema));
