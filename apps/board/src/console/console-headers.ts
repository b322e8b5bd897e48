import type { NextFunction, Request, Response } from 'express';

/**
 * The console loads only its own files: no inline script, nothing from elsewhere (nothing is
 * downloaded at run time), and it may not be framed.
 */
export function consoleHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader(
    'content-security-policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  );
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  next();
}
