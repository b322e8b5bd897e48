import { register } from 'prom-client';
import { countDeadLetter, declareDeadLetterStream } from './dead-letter-count';

const value = async (stream: string) => (await register.getSingleMetric('messaging_dead_letters_total')!.get()).values.find((v) => v.labels.stream === stream)?.value;

describe('messaging_dead_letters_total', () => {
  it('shows a consumed stream at zero, then counts its dead letters', async () => {
    declareDeadLetterStream('TIPS');
    expect(await value('TIPS')).toBe(0);
    countDeadLetter('TIPS');
    expect(await value('TIPS')).toBe(1);
    expect(await value('ALERTS')).toBeUndefined();
  });
});
