import { z } from 'zod';

export type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

/**
 * A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), by zod's own z.toJSONSchema: what a
 * client sends (`io: 'input'`: a field with a default is optional). Refinements have no JSON Schema
 * form and are left out; the 400 still names the field they refuse. A type JSON Schema cannot say
 * (a date object, a transform) throws, rather than being described as anything.
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  return json;
}
