import express from 'express';
import type { Express } from 'express';

/**
 * An Express app that matches routes exactly as they are declared: `/V1/users` and `/v1/users/` are
 * not `/v1/users` (Express matches case-insensitively and ignores a trailing slash by default, which
 * let a path-prefix check be walked around). The settings must be made before Nest's adapter
 * touches the router, so the app is created here and handed to `new ExpressAdapter(app)`.
 * Also no framework banner and no ETags (API answers are never cached).
 */
export function strictExpress(): Express {
  const app = express();
  app.set('case sensitive routing', true);
  app.set('strict routing', true);
  app.set('etag', false);
  app.disable('x-powered-by');
  return app;
}
