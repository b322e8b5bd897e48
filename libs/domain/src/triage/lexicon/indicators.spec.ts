import { triage } from '../triage';

const indicatorsOf = (text: string) => triage({ text }).indicators;

/** [indicator, language, text that must fire it]. Fresh sentences, not the development set. */
const FIRES: [string, string, string][] = [
  // confinement
  ['confinement', 'en', 'Two Lao girls are locked up in a house behind the market'],
  ['confinement', 'en', 'They are being held against their will in a shed near the river'],
  ['confinement', 'th', 'ผู้หญิงพม่าสามคนถูกกักขังอยู่ในโกดัง'],
  ['confinement', 'th', 'เขาล็อคห้องไว้ ออกมาไม่ได้'],
  ['confinement', 'lo', 'ນາງຖືກຂັງຢູ່ໃນຫ້ອງ'],
  ['confinement', 'my', 'သူတို့ကို အခန်းထဲမှာ သော့ခတ်ထားတယ်'],
  // violence and threats to life
  ['violence', 'en', 'The boss slapped her and threatened to kill her family'],
  ['violence', 'en', 'she was beaten by the owner last night'],
  ['violence', 'th', 'นายจ้างทุบตีคนงานทุกวัน'],
  ['violence', 'th', 'ถูกข่มขืนแล้วยังโดนขู่ว่าจะฆ่า'],
  ['violence', 'lo', 'ນາຍຈ້າງທຳຮ້າຍຮ່າງກາຍນາງ'],
  ['violence', 'my', 'အလုပ်ရှင်က ရိုက်နှက်တယ်'],
  // intimidation
  ['intimidation', 'en', 'The employer threatens to report them to immigration if they complain'],
  ['intimidation', 'th', 'นายจ้างข่มขู่ว่าจะส่งตำรวจจับ'],
  ['intimidation', 'lo', 'ນາຍຈ້າງຂູ່ວ່າຈະແຈ້ງຕຳຫຼວດ'],
  ['intimidation', 'my', 'အလုပ်ရှင်က ခြိမ်းခြောက်တယ်'],
  // imminent movement
  ['imminent-movement', 'en', 'A van will take 10 Myanmar workers across the river tonight'],
  ['imminent-movement', 'en', 'The women are about to cross at the bridge'],
  ['imminent-movement', 'th', 'พรุ่งนี้เช้าจะมีรถมารับผู้หญิงลาวห้าคนไปกรุงเทพ'],
  ['imminent-movement', 'th', 'แรงงานกำลังจะข้ามไปฝั่งพม่า'],
  ['imminent-movement', 'lo', 'ມື້ອື່ນຈະພາແຮງງານ 8 ຄົນໄປບາງກອກ'],
  ['imminent-movement', 'my', 'မနက်ဖြန် အလုပ်သမား ၁၀ ယောက်ကို ခေါ်သွားမယ်'],
  ['imminent-movement', 'th', 'รถกระบะจะขนคนลาวข้ามโขงคืนนี้'],
  ['imminent-movement', 'en', 'they are moving the workers now'],
  // self-rescue
  ['self-rescue', 'en', 'please rescue me, I am in a room above the shop'],
  ['self-rescue', 'en', 'help me please they will not let me go'],
  ['self-rescue', 'th', 'ช่วยหนูด้วย อยากกลับบ้าน'],
  ['self-rescue', 'th', 'ช่วยด้วยค่ะ ตอนนี้ผมอยู่ในโรงงาน'],
  ['self-rescue', 'lo', 'ຊ່ວຍຂ້ອຍແດ່ ຂ້ອຍຢາກກັບບ້ານ'],
  ['self-rescue', 'my', 'ကျွန်တော့်ကို ကယ်ပါ'],
  // document retention
  ['document-retention', 'en', 'the agent confiscated all their passports'],
  ['document-retention', 'en', 'Her passport was taken by the boss'],
  ['document-retention', 'th', 'เถ้าแก่ยึดหนังสือเดินทางของทุกคนไว้'],
  ['document-retention', 'th', 'บัตรสีชมพูอยู่กับนายจ้าง ไม่ยอมคืน'],
  ['document-retention', 'lo', 'ເຈົ້າຂອງຮ້ານຍຶດບັດຂອງພວກເຮົາ'],
  ['document-retention', 'my', 'ပတ်စ်ပို့ကို ပွဲစားက သိမ်းထားတယ်'],
  // debt bondage
  ['debt-bondage', 'en', 'they must repay 20,000 baht for the transport before they can stop'],
  ['debt-bondage', 'en', 'She is in debt to the owner of the bar'],
  ['debt-bondage', 'th', 'ต้องทำงานใช้หนี้ค่าเดินทาง'],
  ['debt-bondage', 'lo', 'ນາງຕິດໜີ້ນາຍໜ້າ 5 ລ້ານກີບ'],
  ['debt-bondage', 'my', 'ပွဲစားခ အကြွေး ဆပ်ရမယ်'],
  // wage withholding
  ['wage-withholding', 'en', "they haven't been paid for two months"],
  ['wage-withholding', 'en', 'the employer withholds their wages'],
  ['wage-withholding', 'th', 'นายจ้างค้างค่าแรงมาสามเดือน'],
  ['wage-withholding', 'th', 'ทำงานมาครึ่งปีไม่ได้รับเงินเดือนเลย'],
  ['wage-withholding', 'lo', 'ບໍ່ໄດ້ຮັບເງິນເດືອນ 2 ເດືອນ'],
  ['wage-withholding', 'my', 'လုပ်ခ ၂ လ မရသေးဘူး'],
  // restriction of movement
  ['restriction-of-movement', 'en', 'The workers are not allowed to leave the farm'],
  ['restriction-of-movement', 'en', 'the boss took their phones'],
  ['restriction-of-movement', 'th', 'นายจ้างห้ามออกไปข้างนอก'],
  ['restriction-of-movement', 'th', 'ไม่ให้ติดต่อครอบครัว'],
  ['restriction-of-movement', 'lo', 'ນາຍຈ້າງບໍ່ໃຫ້ອອກໄປໃສ'],
  ['restriction-of-movement', 'my', 'အပြင်ကို မထွက်ရဘူး'],
  ['wage-withholding', 'en', 'a man takes all their money every night'],
  // forced labour
  ['forced-labour', 'en', 'they are forced to work 16 hours a day with no day off'],
  ['forced-labour', 'th', 'ถูกบังคับให้ทำงานวันละ 15 ชั่วโมง'],
  ['forced-labour', 'lo', 'ຖືກບັງຄັບໃຫ້ເຮັດວຽກ'],
  ['forced-labour', 'my', 'အတင်းအဓမ္မ အလုပ်ခိုင်းတယ်'],
  // sexual exploitation
  ['sexual-exploitation', 'en', 'the women are made to sleep with customers'],
  ['sexual-exploitation', 'th', 'บังคับให้ขายตัว'],
  ['sexual-exploitation', 'lo', 'ສາວລາວຖືກບັງຄັບໃຫ້ຂາຍບໍລິການ'],
  ['sexual-exploitation', 'my', 'ပြည့်တန်ဆာ အလုပ် ခိုင်းတယ်'],
  // deceptive recruitment
  ['deceptive-recruitment', 'en', 'a recruiter promised jobs in Malaysia with high salary'],
  ['deceptive-recruitment', 'th', 'มีนายหน้ามาชวนไปทำงานเกาหลี รายได้ดี'],
  ['deceptive-recruitment', 'lo', 'ມີນາຍໜ້າມາຊວນໄປເຮັດວຽກ'],
  ['deceptive-recruitment', 'my', 'ပွဲစားက လစာကောင်းတယ်ဆိုပြီး အလုပ်ခေါ်တယ်'],
  // abuse of vulnerability
  ['abuse-of-vulnerability', 'en', 'they are undocumented and cannot speak thai'],
  ['abuse-of-vulnerability', 'th', 'เป็นคนไร้สัญชาติ ไม่มีบัตร'],
  ['abuse-of-vulnerability', 'lo', 'ບໍ່ມີເອກະສານ'],
  ['abuse-of-vulnerability', 'my', 'စာရွက်စာတမ်းမဲ့ အလုပ်သမား'],
  // sale of persons
  ['sale-of-persons', 'en', 'a man is selling girls to bar owners'],
  ['sale-of-persons', 'th', 'มีการซื้อขายเด็กผ่านไลน์กลุ่ม'],
  ['sale-of-persons', 'lo', 'ນາງຖືກຂາຍໃຫ້ຜູ້ຊາຍຈີນ'],
  ['sale-of-persons', 'my', 'မိန်းကလေးတွေကို ရောင်းစားတယ်'],
  // smuggling
  ['smuggling', 'en', 'people hidden in the back of a truck'],
  ['smuggling', 'th', 'ลักลอบข้ามช่องทางธรรมชาติ'],
  ['smuggling', 'lo', 'ລັກລອບຂ້າມແດນ'],
  ['smuggling', 'my', 'နယ်စပ်ကို ခိုးဝင်တယ်'],
];

/** [indicator, text that must not fire it]: negation, other meanings of the same word. */
const DOES_NOT_FIRE: [string, string][] = [
  ['confinement', 'They were not locked in, they can come and go'],
  ['confinement', 'ไม่ได้ถูกขัง แต่ไม่ได้ค่าจ้าง'],
  ['confinement', 'ต้องจ่ายมัดจำห้อง 3000 บาท'],
  ['confinement', 'ບໍ່ໄດ້ຖືກຂັງ'],
  ['confinement', 'ဆိုင်ပိတ်ထားတယ်'],
  ['confinement', 'အခန်းထဲမှာ မပိတ်ထားဘူး'],
  ['violence', 'nobody was beaten, they just work long hours'],
  ['violence', 'ทำงานถึงตีสองทุกคืน'],
  ['violence', 'ร้านตบแต่งสวยงาม'],
  ['violence', 'ไม่มีการทำร้ายร่างกาย'],
  ['violence', 'ဓာတ်ပုံရိုက်တယ်'],
  ['violence', 'ຂ້າພະເຈົ້າຢາກສອບຖາມ'],
  ['document-retention', 'a man is collecting ID cards from villagers'],
  ['document-retention', 'ไม่ต้องใช้พาสปอร์ต'],
  ['document-retention', 'นายจ้างไม่ได้ยึดพาสปอร์ต'],
  ['document-retention', 'she has no passport'],
  ['debt-bondage', 'ต้องหนีออกมา'],
  ['debt-bondage', 'they have no debt'],
  ['imminent-movement', 'I will come to your office tomorrow to ask about volunteering'],
  ['imminent-movement', 'ตอนนี้ยังอยู่ในร้าน'],
  ['imminent-movement', 'ผู้หญิงถูกนายหน้าพาไปทำงานที่ร้านอาหาร ตอนนี้ติดต่อไม่ได้'],
  ['imminent-movement', 'พรุ่งนี้จะไปทำบัตรที่อำเภอ ต้องใช้เอกสารอะไร'],
  ['self-rescue', 'please help, my sister’s boss keeps her passport'],
  ['self-rescue', 'ขอความช่วยเหลือด่วน นายจ้างยึดบัตรพี่สาว'],
  ['self-rescue', 'help me find out how to volunteer'],
  ['sexual-exploitation', 'the karaoke bar has many customers'],
  ['deceptive-recruitment', 'ถูกหลอกโอนเงินผ่านแอป'],
  ['wage-withholding', 'they get paid every month'],
  ['restriction-of-movement', 'ตอนนี้ติดต่อไม่ได้'],
];

describe('indicator lexicons', () => {
  it.each(FIRES)('%s fires on %s: %j', (indicator, _lang, text) => {
    expect(indicatorsOf(text)).toContain(indicator);
  });

  it.each(DOES_NOT_FIRE)('%s does not fire on %j', (indicator, text) => {
    expect(indicatorsOf(text)).not.toContain(indicator);
  });

  it('reports the words each indicator fired on', () => {
    const r = triage({ text: 'The owner keeps her passport and she owes 30,000 baht' });
    expect(r.matches).toEqual(
      expect.arrayContaining([
        { indicator: 'document-retention', words: ['keeps her passport'] },
        { indicator: 'debt-bondage', words: ['owes'] },
      ]),
    );
    expect(r.explanation).toContain('document-retention ("keeps her passport")');
  });

  it('says which terms were negated', () => {
    expect(triage({ text: 'ไม่ได้ถูกขัง แต่นายจ้างยึดบัตร' }).explanation).toContain('Negated, not counted: "ขัง"');
  });
});
