import { HTTPFetchError } from '@line/bot-sdk';
import { isTemporaryStatus, ProviderError } from '../provider-error';

function messageOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { message?: string; details?: { message?: string; property?: string }[] };
    const details = (parsed.details ?? []).map((d) => [d.property, d.message].filter(Boolean).join(': ')).join('; ');
    return [parsed.message, details].filter(Boolean).join(' - ') || undefined;
  } catch {
    return body || undefined;
  }
}

/**
 * LINE errors carry `{message, details}`. A 429 is a rate limit (retry later) unless it is the monthly
 * push quota, which no retry this month will cure: that must fail now so the alert falls back to SMS.
 */
export function toLineProviderError(err: unknown): ProviderError {
  if (err instanceof ProviderError) return err;
  if (err instanceof HTTPFetchError) {
    const message = messageOf(err.body) ?? `LINE answered HTTP ${err.status}`;
    const quotaSpent = err.status === 429 && /monthly limit/i.test(message);
    return new ProviderError({
      provider: 'line',
      status: err.status,
      temporary: isTemporaryStatus(err.status) && !quotaSpent,
      message,
      cause: err,
    });
  }
  // A network failure: node:http puts the code on the error, fetch on its cause.
  const e = err as { code?: string; cause?: { code?: string }; message?: string };
  return new ProviderError({ provider: 'line', code: e?.code ?? e?.cause?.code, temporary: true, message: e?.message ?? String(err), cause: err });
}
