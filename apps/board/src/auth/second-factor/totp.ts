import { authenticator } from 'otplib';

/**
 * TOTP (RFC 6238) as authenticator apps do it: 6 digits, 30-second steps, SHA-1. otplib does the
 * arithmetic (version 12: its CommonJS build loads in the board and in Jest alike); this file only says
 * how this system uses it.
 */
export const TOTP_ISSUER = 'Rescue Alert';
const STEP_SECONDS = 30;

export const newTotpSecret = (): string => authenticator.generateSecret(20);

/** What an authenticator app scans (otpauth://totp/…). */
export const totpUri = (account: string, secret: string): string => authenticator.keyuri(account, TOTP_ISSUER, secret);

/** Six digits, with the spaces people type from the app ("123 456") removed. */
export const looksLikeTotp = (code: string): boolean => /^\d{6}$/.test(code.replace(/\s/g, ''));

/**
 * The time step of a valid code: one step either side of `now` is accepted (a phone's clock drifts),
 * and only a step later than `afterStep`, so a code that was used (or seen) once never works again.
 */
export function acceptedStep(secret: string, code: string, now: Date, afterStep: number | null): number | undefined {
  const token = code.replace(/\s/g, '');
  if (!looksLikeTotp(token)) return undefined;
  const delta = authenticator.clone({ window: 1, epoch: now.getTime() }).checkDelta(token, secret);
  if (delta === null) return undefined;
  const step = Math.floor(now.getTime() / 1000 / STEP_SECONDS) + delta;
  return afterStep === null || step > afterStep ? step : undefined;
}
