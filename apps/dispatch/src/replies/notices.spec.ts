import { smsSegments } from '@rescue/channels';
import { notice } from './notices';

describe('notices', () => {
  it('speak the responder’s language and name the district', () => {
    expect(notice('resolved', ['th'], { district: 'mae-sai', outcome: 'rescued' })).toContain('แม่สาย');
    expect(notice('resolved', ['en'], { district: 'mae-sai', outcome: 'rescued' })).toContain('Mae Sai');
    expect(notice('standDown', ['ja', 'th'], { by: 'Somchai', role: 'police', district: 'chiang-khong' })).toBe(
      'Accepted by Somchai, police Chiang Khong: you can stand down. Thank you.',
    );
  });

  it('tell the acceptor how to report arrival when they have a reply code', () => {
    expect(notice('accepted', ['en'], { code: 3 })).toContain('ARRIVED 3');
    expect(notice('accepted', ['en'], { code: null })).not.toContain('ARRIVED');
  });

  it('name both districts of a moved case in the responder’s language', () => {
    expect(notice('moved', ['en'], { district: 'mae-sai', toDistrict: 'chiang-khong' })).toBe('The Mae Sai case was moved to Chiang Khong: you can stand down. Thank you.');
    expect(notice('moved', ['th'], { district: 'mae-sai', toDistrict: 'chiang-khong' })).toContain('เชียงของ');
  });

  it('speak Burmese to a Burmese-first responder and Lao to a Lao-first one, keeping the reply keywords', () => {
    expect(notice('standDown', ['my', 'en'], { by: 'Somchai', role: 'police', district: 'chiang-khong' })).toBe(
      'Somchai (ရဲ ချင်းခေါင်) က လက်ခံပြီးပါပြီ။ သင် ထွက်ရန် မလိုတော့ပါ။ ကျေးဇူးတင်ပါသည်။',
    );
    expect(notice('standDown', ['lo', 'th'], { by: 'Somchai', role: 'police', district: 'chiang-khong' })).toBe('Somchai (ຕຳຫຼວດ ຊຽງຂອງ) ຮັບເລື່ອງແລ້ວ. ທ່ານບໍ່ຕ້ອງໄປແລ້ວ. ຂອບໃຈ.');
    expect(notice('accepted', ['my'], { code: 3 })).toBe('ဤအမှုကို သင် လက်ခံပြီးပါပြီ။ ရောက်လျှင် ARRIVED 3၊ မသွားနိုင်လျှင် UNACK 3 ပြန်ပို့ပါ။');
    expect(notice('accepted', ['lo'], { code: 3 })).toBe('ທ່ານຮັບເລື່ອງນີ້ແລ້ວ. ຕອບ ARRIVED 3 ເມື່ອຮອດບ່ອນເກີດເຫດ ຫຼື UNACK 3 ຖ້າໄປບໍ່ໄດ້.');
    expect(notice('arrivalReminder', ['lo'], { code: 8 })).toContain('ARRIVED 8');
    expect(notice('arrivalReminder', ['my'], { code: 8 })).toContain('UNACK 8');
    expect(notice('moved', ['my'], { district: 'mae-sai', toDistrict: 'chiang-khong' })).toBe('မဲဆိုင် အမှုကို ချင်းခေါင် သို့ ပြောင်းလိုက်ပါပြီ။ သင် ထွက်ရန် မလိုတော့ပါ။ ကျေးဇူးတင်ပါသည်။');
    expect(notice('moved', ['lo'], { district: 'mae-sai', toDistrict: 'chiang-khong' })).toBe('ເລື່ອງທີ່ ແມ່ສາຍ ຍ້າຍໄປ ຊຽງຂອງ ແລ້ວ. ທ່ານບໍ່ຕ້ອງໄປແລ້ວ. ຂອບໃຈ.');
    expect(notice('referral', ['my'], { district: 'mae-sai', caseRef: 'CR-7K3P', kind: 'shelter' })).toContain('CR-7K3P (မဲဆိုင်)');
    expect(notice('referral', ['lo'], { district: 'mae-sai', caseRef: 'CR-7K3P', kind: 'shelter' })).toContain('(ເຮືອນພັກປົກປ້ອງ)');
    expect(notice('resolved', ['lo-LA'], { district: 'mae-sai', outcome: 'rescued' })).toBe('ເລື່ອງທີ່ ແມ່ສາຍ ປິດແລ້ວ (rescued). ຂອບໃຈ.');
  });

  it('have every kind in all four languages, and name the role in the reader\'s language', () => {
    const params = { district: 'mae-sai', toDistrict: 'phan', to: 'Nok', caseRef: 'CR-1', by: 'Somchai', role: 'ngo', code: 5, outcome: 'ok', kind: 'shelter' };
    for (const kind of ['reassigned', 'merged', 'moved', 'standDown', 'accepted', 'released', 'arrivalReminder', 'alreadyTaken', 'referral', 'resolved'] as const) {
      const texts = ['th', 'en', 'my', 'lo'].map((l) => notice(kind, [l], params as never));
      expect(new Set(texts).size).toBe(4);
    }
    expect(notice('standDown', ['th'], { by: 'Somchai', role: 'police', district: 'mae-sai' })).toBe('Somchai (ตำรวจ แม่สาย) รับเรื่องแล้ว ท่านไม่ต้องออกเหตุ ขอบคุณครับ');
  });

  it('stay within two SMS segments in every language, with long names and the longest district', () => {
    const params = { district: 'wiang-chiang-rung', toDistrict: 'wiang-pa-pao', to: 'ร.ต.อ. สมชาย ใจดี', caseRef: 'CR-7K3P', by: 'ร.ต.อ. สมชาย ใจดี', role: 'liaison', code: 1234, outcome: 'rescued', kind: 'social-development' };
    for (const kind of ['reassigned', 'merged', 'moved', 'standDown', 'accepted', 'released', 'arrivalReminder', 'alreadyTaken', 'referral', 'resolved'] as const) {
      for (const l of ['th', 'en', 'my', 'lo']) expect(smsSegments(notice(kind, [l], params as never))).toBeLessThanOrEqual(2);
    }
  });
});
