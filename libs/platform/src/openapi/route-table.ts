import type { INestApplicationContext, Type } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { ZodInput } from '../http/zod-input.pipe';

/** One argument a handler takes from the request (`@Param('id')`, `@ValidBody(schema)`, ...). */
export interface RouteArg {
  type: RouteParamtypes;
  /** The named field (`@Query('status')`), if one. */
  name?: string;
  /** The zod pipe that parses it, if one. */
  input?: ZodInput;
}

/** An HTTP route as Nest registers it: read from the same decorators its router is built from. */
export interface RouteEntry {
  method: string;
  /** As declared, Express style: `/v1/incidents/:id`. */
  path: string;
  controller: Type;
  handler: (...args: unknown[]) => unknown;
  handlerName: string;
  args: RouteArg[];
}

const asList = (path: string | string[] | undefined): string[] => (Array.isArray(path) ? path : [path ?? '']);
const joinPath = (...parts: string[]) => `/${parts.map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;

/** Every HTTP route of the app's controllers (message handlers have no HTTP method and are left out). */
export function routeTable(discovery: DiscoveryService, scanner: MetadataScanner): RouteEntry[] {
  return discovery
    .getControllers()
    .flatMap((wrapper) => {
      const controller = wrapper.metatype as Type | undefined;
      if (!controller) return [];
      return scanner.getAllMethodNames(controller.prototype).flatMap((handlerName) => {
        const handler = controller.prototype[handlerName];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (method === undefined || paths === undefined) return [];
        const args = argsOf(controller, handlerName);
        return asList(Reflect.getMetadata(PATH_METADATA, controller)).flatMap((base) =>
          asList(paths).map((path) => ({ method: RequestMethod[method], path: joinPath(base, path), controller, handler, handlerName, args })),
        );
      });
    });
}

/** The route table of a running app (one that imports the DiscoveryModule, as OpenApiModule does). */
export const routeTableOf = (app: INestApplicationContext) => routeTable(app.get(DiscoveryService), app.get(MetadataScanner));

function argsOf(controller: Type, handlerName: string): RouteArg[] {
  const metadata = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handlerName) ?? {}) as Record<string, { index: number; data?: unknown; pipes?: unknown[] }>;
  return Object.entries(metadata)
    .sort(([, a], [, b]) => a.index - b.index)
    .map(([key, arg]) => ({
      type: Number(key.split(':')[0]) as RouteParamtypes,
      name: typeof arg.data === 'string' ? arg.data : undefined,
      input: arg.pipes?.find((p): p is ZodInput => p instanceof ZodInput),
    }));
}
