import { triage } from '@rescue/domain';
import { mergeVerdict } from './merge-verdict';

const hello = { priority: 'P4', district: 'unknown', minors: false, crossBorder: null, indicators: [] };

describe('mergeVerdict', () => {
  it('a report whose second piece names the case becomes that urgent', () => {
    const whole = triage({ text: 'hello\nThree girls aged 15 locked in a karaoke bar in Mae Sai, taken to Tachileik tonight' });
    expect(mergeVerdict(hello, whole)).toMatchObject({ priority: 'P1', district: 'mae-sai', minors: true, crossBorder: 'MM' });
  });

  it('never lowers the priority nor moves a known district', () => {
    const current = { priority: 'P1', district: 'chiang-khong', minors: true, crossBorder: 'LA', indicators: ['confinement'] };
    const merged = mergeVerdict(current, triage({ text: 'thank you, that is all' }));
    expect(merged).toMatchObject({ priority: 'P1', district: 'chiang-khong', minors: true, crossBorder: 'LA' });
    expect(merged.indicators).toContain('confinement');
  });
});
