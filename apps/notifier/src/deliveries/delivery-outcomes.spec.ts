import { register } from 'prom-client';
import { countDelivery, DELIVERY_OUTCOMES } from './delivery-outcomes';

const value = async (labels: Record<string, string>) =>
  (await register.getSingleMetric('notifier_deliveries_total')!.get()).values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value;

describe('notifier_deliveries_total', () => {
  it('has every provider and outcome at zero from the start', async () => {
    const { values } = await register.getSingleMetric('notifier_deliveries_total')!.get();
    expect(values.map((v) => `${v.labels.provider}/${v.labels.outcome}`).sort()).toEqual(
      ['line', 'twilio'].flatMap((p) => DELIVERY_OUTCOMES.map((o) => `${p}/${o}`)).sort(),
    );
    expect(values.every((v) => v.value === 0)).toBe(true);
  });

  it('counts an outcome under the provider of the channel', async () => {
    countDelivery('sms', 'failed');
    countDelivery('sms', 'failed');
    countDelivery('line', 'sent');
    expect(await value({ provider: 'twilio', outcome: 'failed' })).toBe(2);
    expect(await value({ provider: 'line', outcome: 'sent' })).toBe(1);
    expect(await value({ provider: 'line', outcome: 'failed' })).toBe(0);
  });
});
