import { Counter } from 'prom-client';
import { DeliveryChannel } from '@rescue/contracts';

/** The provider behind each channel: the alert rules speak of Twilio and LINE, not of channels. */
export const PROVIDERS: Record<DeliveryChannel, string> = { sms: 'twilio', line: 'line' };

/**
 * What became of a delivery attempt: `sent` (the provider accepted it), `temporary_error` (429, 5xx or
 * network; BullMQ tries again while attempts remain), `failed` (given up: a permanent error, or the last
 * attempt failed), `opted_out` (the number sent STOP), `not_wanted` (the role was answered or the incident closed before it went).
 */
export const DELIVERY_OUTCOMES = ['sent', 'temporary_error', 'failed', 'opted_out', 'not_wanted'] as const;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

const deliveries = new Counter({
  name: 'notifier_deliveries_total',
  help: 'Alert delivery attempts by provider and outcome',
  labelNames: ['provider', 'outcome'],
});
// Every series from start-up: a failure ratio needs its zeroes, and increase() its first count.
for (const provider of Object.values(PROVIDERS)) for (const outcome of DELIVERY_OUTCOMES) deliveries.inc({ provider, outcome }, 0);

export function countDelivery(channel: DeliveryChannel, outcome: DeliveryOutcome): void {
  deliveries.inc({ provider: PROVIDERS[channel], outcome });
}
