import twilio from 'twilio';
import { isTemporaryStatus, ProviderError } from '../provider-error';

/**
 * Twilio answers with a RestException carrying its numeric error code (21211 invalid number, 21610
 * unsubscribed, 20429 too many requests...); anything else is the network or the process, which a
 * retry may cure.
 */
export function toTwilioProviderError(err: unknown): ProviderError {
  if (err instanceof ProviderError) return err;
  if (err instanceof twilio.RestException) {
    return new ProviderError({
      provider: 'twilio',
      status: err.status,
      code: err.code,
      temporary: isTemporaryStatus(err.status),
      message: err.message || `Twilio answered HTTP ${err.status}`,
      cause: err,
    });
  }
  const e = err as { code?: string; message?: string };
  return new ProviderError({ provider: 'twilio', code: e?.code, temporary: true, message: e?.message ?? String(err), cause: err });
}
