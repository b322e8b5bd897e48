import { extractCaseReference } from '@rescue/domain';
import { CASE_ACCEPTED_COPY, caseAcceptedText } from './case-accepted-copy';
import { smsSegments } from './sms-segments';

describe('case accepted, to the public', () => {
  it.each(Object.entries(CASE_ACCEPTED_COPY))('in %s quotes the reference and fits two SMS segments', (_lang, copy) => {
    const text = copy('CR-7K3P');
    expect(extractCaseReference(text)).toBe('CR-7K3P');
    expect(smsSegments(text)).toBeLessThanOrEqual(2);
  });

  it('is written in the reporter language, Thai when it is unknown', () => {
    expect(caseAcceptedText('en', 'CR-7K3P')).toBe('Case CR-7K3P: a team is responding. Reply here if anything changes.');
    expect(caseAcceptedText('my', 'CR-7K3P')).toMatch(/^အမှု/);
    expect(caseAcceptedText(null, 'CR-7K3P')).toMatch(/^เรื่อง/);
    expect(caseAcceptedText('ja', 'CR-7K3P')).toMatch(/^เรื่อง/);
  });
});
