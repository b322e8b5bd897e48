import { STATUS_CODES } from 'node:http';
import { HEADERS_METADATA, HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { Reflector } from '@nestjs/core';
import { jsonSchemaOf, JsonSchema } from './json-schema-of';
import { RouteEntry } from './route-table';
import { ROUTE_ANSWERS } from './route-answers';
import { ROUTE_SUMMARY } from './route-summary';

type Json = Record<string, unknown>;

/** What an app says of a route beyond its decorators: who may call it and how they prove it. */
export interface RouteAccess {
  /** OpenAPI security requirements; `[]` for a public route. */
  security: Json[];
  /** Refusals the route's guards answer (`'401': 'no session'`). */
  refusals: Record<string, string>;
  /** Who may call it, in words (roles, second factor). */
  description?: string;
  /** The body's media type when it is not JSON (Twilio posts forms). */
  bodyMediaType?: string;
}

export interface ApiDescriptionOptions {
  title: string;
  version: string;
  description: string;
  securitySchemes: Record<string, Json>;
  accessOf(route: RouteEntry): RouteAccess;
}

const reflector = new Reflector();

/** `/v1/incidents/:id` as OpenAPI writes it: `/v1/incidents/{id}`. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

const ERROR = { $ref: '#/components/schemas/Error' };

/** The OpenAPI 3.1 document of an app's routes: paths from its route table, inputs from the zod schemas that validate them. */
export function openApiDocument(routes: RouteEntry[], options: ApiDescriptionOptions): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) (paths[openApiPath(route.path)] ??= {})[route.method.toLowerCase()] = operationOf(route, options.accessOf(route));
  return {
    openapi: '3.1.0',
    info: { title: options.title, version: options.version, description: options.description },
    paths,
    components: {
      securitySchemes: options.securitySchemes,
      schemas: {
        Error: {
          type: 'object',
          description: 'A refusal. For a 400, `message` names each bad field: `field: problem` (several joined by `; `).',
          properties: { statusCode: { type: 'integer' }, message: { type: 'string' }, error: { type: 'string' } },
          required: ['statusCode', 'message'],
        },
      },
    },
  };
}

function operationOf(route: RouteEntry, access: RouteAccess): Json {
  const targets = [route.handler, route.controller];
  const parameters = parametersOf(route);
  const body = route.args.find((a) => a.type === RouteParamtypes.BODY && a.input)?.input;
  const success = (Reflect.getMetadata(HTTP_CODE_METADATA, route.handler) as number | undefined) ?? (route.method === 'POST' ? 201 : 200);
  const contentType = ((Reflect.getMetadata(HEADERS_METADATA, route.handler) ?? []) as { name: string; value: string }[]).find(
    (h) => h.name.toLowerCase() === 'content-type',
  )?.value;
  const responses: Record<string, Json> = {
    [success]: { description: STATUS_CODES[success] ?? 'Success', ...(contentType ? { content: { [contentType]: {} } } : {}) },
  };
  if (body || parameters.length) responses['400'] = { description: 'The input is refused; `message` names the field', content: { 'application/json': { schema: ERROR } } };
  const answers = { ...access.refusals, ...reflector.getAllAndOverride<Record<string, string> | undefined>(ROUTE_ANSWERS, targets) };
  for (const [status, description] of Object.entries(answers)) responses[status] = { description, content: { 'application/json': { schema: ERROR } } };
  return {
    operationId: `${route.controller.name.replace(/Controller$/, '')}.${route.handlerName}`,
    // Every route declares one (@Summary); test/openapi.e2e-spec.ts fails on a route without.
    summary: reflector.getAllAndOverride<string | undefined>(ROUTE_SUMMARY, targets),
    ...(access.description ? { description: access.description } : {}),
    tags: [route.path.split('/').filter((p) => p && p !== 'v1')[0] ?? 'root'],
    security: access.security,
    ...(parameters.length ? { parameters } : {}),
    ...(body
      ? { requestBody: { required: !body.optional, content: { [access.bodyMediaType ?? 'application/json']: { schema: jsonSchemaOf(body.schema) } } } }
      : {}),
    responses,
  };
}

/** Path parameters from the path itself; query and header parameters from the handler's arguments. */
function parametersOf(route: RouteEntry): Json[] {
  const text = { type: 'string' };
  const inPath = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: text }));
  const named = route.args.flatMap((a) => {
    if (a.type === RouteParamtypes.QUERY && a.name) return [{ name: a.name, in: 'query', required: false, schema: text }];
    if (a.type === RouteParamtypes.HEADERS && a.name) return [{ name: a.name, in: 'header', required: false, schema: text }];
    if (a.type === RouteParamtypes.QUERY && a.input) return queryParametersOf(jsonSchemaOf(a.input.schema));
    return [];
  });
  return [...inPath, ...named];
}

function queryParametersOf(schema: JsonSchema): Json[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: (schema.required ?? []).includes(name),
    schema: property,
  }));
}
