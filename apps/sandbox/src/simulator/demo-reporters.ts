import { createHash } from 'node:crypto';
import { Person } from './person';

/** LINE user ids are `U` and 32 hex digits; derived from a seed so they stay the same across restarts. */
const lineId = (seed: string) => `U${createHash('md5').update(`sandbox-reporter:${seed}`).digest('hex')}`;

/** Members of the public who send tips, one per language the hotline hears on this border. */
export const DEMO_REPORTERS: Person[] = [
  {
    id: 'reporter-th',
    name: 'มาลี (ชาวบ้าน แม่สาย)',
    kind: 'reporter',
    roles: [],
    languages: ['th'],
    sms: '+66812345001',
    line: lineId('th'),
    sample: 'มีเด็กผู้หญิงสามคน อายุประมาณ 15 ปี ถูกขังในร้านคาราโอเกะใกล้ตลาดสายลมจอย แม่สาย คืนนี้จะถูกพาข้ามไปท่าขี้เหล็ก',
  },
  {
    id: 'reporter-my',
    name: 'Ma Hnin (Tachileik)',
    kind: 'reporter',
    roles: [],
    languages: ['my'],
    sms: '+959450012345',
    line: lineId('my'),
    sample: 'မဲဆိုင်မှာ ကာရာအိုကေဆိုင်ထဲ မိန်းကလေး သုံးယောက် ပိတ်ထားခံရတယ်',
  },
  {
    id: 'reporter-lo',
    name: 'Souk (Huay Xai)',
    kind: 'reporter',
    roles: [],
    languages: ['lo'],
    sms: '+8562055512345',
    line: lineId('lo'),
    sample: 'ມີເດັກຍິງສາມຄົນຖືກກັກຂັງຢູ່ຮ້ານຄາລາໂອເກະ ໃກ້ທ່າເຮືອຫ້ວຍຊາຍ',
  },
  {
    id: 'reporter-en',
    name: 'Anna (volunteer)',
    kind: 'reporter',
    roles: [],
    languages: ['en'],
    sms: '+447700900123',
    line: lineId('en'),
    sample: 'Two boys, maybe 14, locked in a room behind a noodle shop in Chiang Khong; a man said they cross to Huay Xai tonight.',
  },
];
