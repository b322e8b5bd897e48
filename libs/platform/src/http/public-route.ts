import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'public-route';

/**
 * Opens a route (or a controller) to callers without a session. Every other route of an app with a
 * global auth guard is closed: the guard reads this metadata, never the path, so a path spelled in
 * another case or with a trailing slash cannot slip past it.
 */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
