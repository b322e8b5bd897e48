import { smsSegments } from '@rescue/channels';
import { extractCaseReference } from '@rescue/domain';
import { RECEIPT_COPY } from './receipt-copy';
import { reportLanguage } from './report-language';

describe('receipts', () => {
  it.each(Object.entries(RECEIPT_COPY))('in %s quote the reference and fit two SMS segments', (_lang, copy) => {
    for (const text of [copy.received('CR-7K3P'), copy.added('CR-7K3P')]) {
      expect(extractCaseReference(text)).toBe('CR-7K3P');
      expect(smsSegments(text)).toBeLessThanOrEqual(2);
    }
  });

  it.each([
    ['มีเด็กถูกขังที่แม่สาย', 'th'],
    ['မယ်ဆိုင်မှာ ကလေးတွေ ပိတ်ထားတယ်', 'my'],
    ['ມີເດັກຖືກກັກຂັງຢູ່ຫ້ວຍຊາຍ', 'lo'],
    ['girls locked in a bar', 'en'],
    ['12345', 'en'],
  ])('are written in the language of %j', (text, language) => {
    expect(reportLanguage(text)).toBe(language);
  });
});
