import type { INestApplication } from '@nestjs/common';

export interface Route {
  method: string;
  path: string;
}

/** Every route an app declares, read from its Express router after Nest registered them (`app.init()`). */
export function declaredRoutes(app: INestApplication): Route[] {
  const stack: any[] = app.getHttpAdapter().getInstance().router.stack;
  return stack
    .filter((layer) => layer.route)
    .flatMap((layer) => Object.keys(layer.route.methods).map((m) => ({ method: m.toUpperCase(), path: layer.route.path as string })));
}

/** The routes an app declares, from its router once Nest registered them (the app is closed again). */
export async function routesOf(create: () => Promise<INestApplication>): Promise<Route[]> {
  const app = await create();
  await app.init();
  const routes = declaredRoutes(app);
  await app.close();
  return routes;
}

/** The same path spelled otherwise: in upper case, with an upper-case first segment, with a trailing slash. */
export function spellingsOf(path: string): string[] {
  const variants = [path.toUpperCase(), path.replace(/^\/v1\//, '/V1/'), path.replace(/^\/(\w)/, (_m, c: string) => `/${c.toUpperCase()}`), `${path}/`];
  return [...new Set(variants)].filter((v) => v !== path);
}
