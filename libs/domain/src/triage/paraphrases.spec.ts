import { triage } from './triage';

/**
 * The indicator families of the labelling policy, each said in Burmese (Unicode, Zawgyi or
 * romanised) and Lao in words the lexicons lacked before batch H was folded in, and hard negatives
 * that use the same words and must stay low. Fresh sentences, not tips of the development set.
 */
const CASES: { family: string; lang: string; text: string; priority: string; minors?: boolean }[] = [
  // Confinement
  { family: 'confinement', lang: 'my', text: 'မဲဆိုင်မှာ အမျိုးသမီး ၄ ယောက်ရှိတဲ့ အခန်းကို သော့ခလောက်နဲ့ ခတ်ထားတယ်', priority: 'P1' },
  { family: 'confinement', lang: 'my', text: 'ngar ko lar khaw par, htwet lo ma ya bu, chiang saen', priority: 'P1' },
  { family: 'confinement', lang: 'my', text: 'ကာရာအိုကေမှာ မိန်းမတွေကို ထိန်းထားတယ် မဲဆိုင်', priority: 'P1' },
  { family: 'confinement', lang: 'lo', text: 'ຜູ້ຍິງ 3 ຄົນ ຖືກລ໊ອກປະຕູໄວ້ ຢູ່ຮ້ານຄາລາໂອເກະ ແມ່ສາຍ', priority: 'P1' },
  { family: 'confinement', lang: 'lo', text: 'ຄົນງານລາວ ຖືກຄຸມໄວ້ ມີຍາມເຝົາປະຕູ ຢູ່ຊຽງແສນ', priority: 'P1' },
  { family: 'confinement', lang: 'en', text: 'they lock the workers dorm every night at the farm in Phan', priority: 'P1' },
  { family: 'confinement, in the past and safe now', lang: 'lo', text: 'ປີກາຍ ນ້ອງສາວຂ້ອຍເຄີຍຖືກລັອກປະຕູຂັງຢູ່ກາສິໂນ ດຽວນີ້ກັບບ້ານແລ້ວ ປອດໄພແລ້ວ', priority: 'P3' },
  { family: 'locking a door is not confinement', lang: 'en', text: 'please lock the door of the office tonight when you leave, test message', priority: 'P4' },
  // Documents in someone's hands: control, so "tonight ... send" is imminent movement of people (P1)
  { family: 'documents', lang: 'my', text: 'ပတ်စပို့ ပွဲစားလက်ထဲမှာ၊ ဒီည ကားနဲ့ ပို့မယ်တဲ့ ချင်းစိန်', priority: 'P1' },
  { family: 'documents', lang: 'lo', text: 'ໜັງສືຜ່ານແດນ ຢູ່ນຳນາຍໜ້າ ຄືນນີ້ຈະສົ່ງໄປ ຫ້ວຍຊາຍ', priority: 'P1' },
  // Workers named (a concern, P3), "today" and ပတ်စပို့: was P1 when its ပို့ read as "send".
  { family: 'passport ends in ပို့ but is not a movement', lang: 'my', text: 'အလုပ်သမား ၃ ယောက် ဒီနေ့ ပတ်စပို့ အသစ် ရပြီ မဲဆိုင်', priority: 'P3' },
  // Incapacitation
  { family: 'incapacitation', lang: 'my', text: 'ပွဲစားပေးတဲ့ ရေကို သောက်ပြီး အိပ်ချင်လာတယ် သတိမေ့သွားတယ် မဲဆိုင်', priority: 'P1' },
  { family: 'incapacitation', lang: 'lo', text: 'ນ້ຳທີ່ເຖົ້າແກ່ໃຫ້ ກິນແລ້ວງ່ວງນອນ ຍ່າງບໍ່ຊື່ ຢູ່ສວນກ້ວຍ ຊຽງຂອງ', priority: 'P1' },
  { family: 'incapacitation', lang: 'lo', text: 'ຄົນງານເບິ່ງຄືເມົາຢາ ຢູ່ໂຮງງານ ແມ່ສາຍ', priority: 'P1' },
  { family: 'a dizzy drinker is not drugged', lang: 'en', text: 'My uncle was dizzy after drinking at a wedding in Phan', priority: 'P4' },
  // Movement in progress or imminent
  { family: 'movement', lang: 'my', text: 'ည ၂ နာရီမှာ မြစ်ကူးပြီး လာအိုဘက် ပို့မယ်တဲ့ အလုပ်သမား ၁၀ ယောက် ချင်းခေါင်', priority: 'P1' },
  { family: 'movement', lang: 'my', text: 'ပွဲစားက ကျွန်မ ညီမကို မနက်ဖန် တာချီလိတ်ကို ခေါ်သွားမယ်တဲ့', priority: 'P1' },
  { family: 'movement', lang: 'lo', text: 'ຕອນ 2 ໂມງເຊົ້າ ຈະມີເຮືອມາຮັບຄົນງານ ຂ້າມຂອງ ຊຽງແສນ', priority: 'P1' },
  { family: 'movement', lang: 'lo', text: 'ດຽວນີ ເຂົາເອົາແມ່ຍິງ 5 ຄົນ ຂຶ້ນລົດຕູ້ ຢູ່ແມ່ສາຍ', priority: 'P1' },
  { family: 'movement', lang: 'en', text: '6 myanmar guys being packed into a pickup behind the pier, chiang khong', priority: 'P1' },
  { family: 'working hours are not a departure time', lang: 'lo', text: 'ເຮັດວຽກແຕ່ 6 ໂມງເຊົ້າ ຫາ 5 ໂມງແລງ ຢາກຖາມເລື່ອງປະກັນສັງຄົມ', priority: 'P4' },
  { family: 'a school run tomorrow is not movement', lang: 'lo', text: 'ມື້ອື່ນຂ້ອຍຈະພາລູກໄປໂຮງຮຽນ ຢູ່ຊຽງຂອງ ຂໍຖາມເບີໂທ', priority: 'P4' },
  // Minors
  { family: 'minors', lang: 'my', text: 'ရော်ဘာခြံမှာ ကောင်လေး ၃ ယောက်ကို ပိုက်ဆံမပေးဘဲ အလုပ်ခိုင်းတယ် မယ်ချန်', priority: 'P1', minors: true },
  { family: 'minors', lang: 'my', text: 'ကောင်မလေး (၁၆ နှစ်) ကို ပွဲစားက ကာရာအိုကေမှာ အလုပ်ခိုင်းထားတယ် မဲဆိုင်', priority: 'P1', minors: true },
  { family: 'minors', lang: 'my', text: 'ma lay nhit yout ko karaoke mhar alote khine nay tal, mae sai', priority: 'P1', minors: true },
  { family: 'minors', lang: 'lo', text: 'ສາວນ້ອຍ 2 ຄົນ ເຮັດວຽກຢູ່ຮ້ານຄາລາໂອເກະ ຊຽງຂອງ ບໍ່ໄດ້ເງິນ', priority: 'P1', minors: true },
  { family: 'minors', lang: 'en', text: 'a 16 years girl works at a karaoke in Mae Chan, the owner keeps her ID', priority: 'P1', minors: true },
  { family: 'an old story about children is a concern', lang: 'my', text: 'a kyo ka pyaw tal, hnit hnit laung ka ywa ka kalay twe ko laos bat po tal tae, a khu ma thi bu', priority: 'P3', minors: true },
  { family: 'movement (romanised)', lang: 'my', text: 'di nya lay nae myit ku mal, a lote thamar 10 yout, chiang saen', priority: 'P1' },
  { family: 'recruitment (romanised) stays a concern', lang: 'my', text: 'mhat pone tin ma pa bu, alote kaung kaung shi tal pyaw tal, thailand', priority: 'P3' },
  // Asking to be rescued
  { family: 'self-rescue', lang: 'my', text: 'ကျွန်မကို လာခေါ်ပါ ဒီအိမ်ထဲမှာ ကြောက်နေတယ် မဲဆိုင်', priority: 'P1' },
  { family: 'self-rescue', lang: 'lo', text: 'ມາຮັບຂ້ອຍແດ່ ຂ້ອຍອອກບໍ່ໄດ້ ຢູ່ສວນກ້ວຍ ຊຽງຂອງ', priority: 'P1' },
  // What batch I showed (fresh sentences in the same families, not its tips)
  { family: 'confinement', lang: 'th', text: 'น้องสาวโทรมาบอกว่าห้องพักคนงานที่สวนส้มแม่จัน ล็อคจากข้างนอกทุกคืน', priority: 'P1' },
  { family: 'confinement', lang: 'th', text: 'ที่ร้านนวดแม่สาย ประตูโดนล็อกไว้ ผู้หญิงลาวสองคนอยู่ข้างใน', priority: 'P1' },
  { family: 'confinement', lang: 'en', text: 'the boss bolts the warehouse doors from outside after the shift, Chiang Saen', priority: 'P1' },
  { family: 'self-rescue', lang: 'en', text: 'pls come fetch me from the fishing camp in Chiang Khong, they took my phone', priority: 'P1' },
  { family: 'minors', lang: 'en', text: 'three boys leave tonight on a truck to the SEZ, the eldest is 16, Chiang Saen', priority: 'P1', minors: true },
  { family: 'minors', lang: 'en', text: 'my หลานสาว is 14 and the karaoke owner in Mae Sai makes her drink with customers', priority: 'P1', minors: true },
  { family: 'movement in progress with a child', lang: 'en', text: 'my niece is 15, she is on a van to Tachileik with a man she met on tiktok right now, Mae Sai', priority: 'P1', minors: true },
  { family: 'a child offered to men', lang: 'en', text: 'a 13 year old girl is taken to a resort in Chiang Saen on weekends to meet older men', priority: 'P1', minors: true },
  { family: 'incapacitation', lang: 'my', text: 'ပွဲစားပေးတဲ့ ဘီယာ သောက်ပြီး ညီမက မတ်တပ်တောင် မရပ်နိုင်ဘူး မဲဆိုင်', priority: 'P1' },
  { family: 'documents and wages, romanised Burmese', lang: 'my', text: 'Mae Sai mhar boss ka id card ko thein htar tal, la ga 2 la ma pay bu', priority: 'P2' },
  { family: 'work abroad with a fee up front is a concern', lang: 'en', text: 'an agent in Phan wants 15,000 baht in advance for farm jobs in Israel, is it real?', priority: 'P3' },
  { family: 'which documents to bring is an enquiry', lang: 'my', text: 'အလုပ်ပါမစ် လုပ်ဖို့ ဘာစာရွက်စာတမ်း ယူသွားရမလဲ သိချင်ပါတယ် မဲဆိုင်', priority: 'P4' },
  { family: 'a family trip on the bus is not movement', lang: 'en', text: 'we are on the bus to Chiang Mai with my mum for the weekend, what number do I call to report a lost wallet', priority: 'P4' },
  // What batch J showed (fresh sentences)
  { family: 'a grade with a child word before an address-like word', lang: 'th', text: 'เด็ก ป.๕ บ้านติดกันถูกพาไปนั่งร้านคาราโอเกะทุกคืน แม่จัน', priority: 'P1', minors: true },
  { family: 'drugs hidden in a load are not people', lang: 'th', text: 'มีรถขนยาไอซ์ซ่อนในกล่องผลไม้ ผ่านแม่สายทุกวันเสาร์ แจ้งตำรวจด้วย', priority: 'P4' },
  { family: 'people hidden in a load are smuggling', lang: 'th', text: 'มีคนพม่าหลายคนซ่อนอยู่ใต้ผ้าใบท้ายรถ ผ่านแม่สาย', priority: 'P3' },
  { family: 'girls onto a boat right now', lang: 'en', text: 'two men pushing some young girls, look about 13, into a speedboat at Chiang Saen port right now', priority: 'P1', minors: true },
  { family: 'a child made to sit with guests', lang: 'en', text: 'a 15 yo boy at a bar in Mae Sai has to sit with chinese customers till 2am', priority: 'P1', minors: true },
  { family: 'no phone number is not a phone taken', lang: 'en', text: 'someone said a broker took men to a farm in Myanmar years ago, no phone number, no names, Mae Sai', priority: 'P3' },
  { family: 'come and take me out', lang: 'my', text: 'ကျွန်တော့်ကို ဒီခြံကနေ လာခေါ်ထုတ်ကြပါ၊ ပွဲစားက ဖုန်းသိမ်းထားတယ် မဲဆိုင်', priority: 'P1' },
  { family: 'held, romanised Burmese', lang: 'my', text: 'ngar tot ko Tachileik ka company mhar peik htar tal, htwet ma ya bu', priority: 'P1' },
  { family: 'thanks, with words between', lang: 'my', text: 'ကျေးဇူး အရမ်း တင်ပါတယ်၊ ညီမ အိမ်ပြန်ရောက်ပြီ မဲဆိုင်', priority: 'P4' },
  { family: 'wages kept by the employer', lang: 'lo', text: 'ນາຍຈ້າງເກັບຄ່າແຮງໄວ້ໝົດ ບໍ່ເຄີຍໄດ້ຈັກກີບ ເຮັດວຽກສວນຢູ່ແມ່ສາຍ', priority: 'P2' },
  { family: 'a van driving off with a woman unconscious', lang: 'lo', text: 'ຜູ້ຍິງຄົນໜຶ່ງສະຫຼົບຢູ່ໃນລົດຕູ້ ລົດກຳລັງຂັບອອກໄປທາງຊຽງແສນ', priority: 'P1' },
  // Hard negatives
  // A van is worth a look (P3), a plea it is not.
  { family: 'a van that will pick us up is not a plea', lang: 'lo', text: 'ມື້ອື່ນ ລົດຕູ້ຈະມາຮັບພວກເຮົາ ກັບບ້ານ ໄປງານບຸນ', priority: 'P3' },
  { family: 'a lift tomorrow is not a plea', lang: 'my', text: 'မနက်ဖြန် အစ်ကိုက ကျွန်မကို လာခေါ်မယ် အိမ်ပြန်မယ်', priority: 'P4' },
  { family: 'a job offer with a fee stays a concern', lang: 'lo', text: 'ມີຄົນມາຊວນໄປເຮັດວຽກເກົາຫຼີ ເງິນເດືອນດີ ຕ້ອງຈ່າຍຄ່ານາຍໜ້າກ່ອນ ແມ່ສາຍ', priority: 'P3' },
  { family: 'a lost phone is not a case', lang: 'my', text: 'ဖုန်းပျောက်သွားတယ် မဲဆိုင် ဈေးမှာ တွေ့ရင် ပြန်ပေးပါ', priority: 'P4' },
];

describe('indicator families in Burmese and Lao paraphrases', () => {
  it.each(CASES)('$family ($lang): $text -> $priority', ({ text, priority, minors }) => {
    const result = triage({ text });
    expect(`${result.priority}: ${result.explanation}`).toMatch(new RegExp(`^${priority}:`));
    if (minors !== undefined) expect(result.minors).toBe(minors);
  });

  it('says why when a higher priority outweighs a lower signal', () => {
    // A child (P1) and a thank-you (P4): the explanation names what was outweighed.
    const result = triage({ text: 'ကျေးဇူးတင်ပါတယ် ကောင်လေး ၂ ယောက်ကို ခြံမှာ လစာမပေးဘဲ အလုပ်ခိုင်းနေတုန်းပဲ မယ်စွယ်' });
    expect(result.priority).toBe('P1');
    expect(result.explanation).toMatch(/thanks \(P4\)/);
    expect(result.district).toBe('mae-suai');
  });

  it('reads Burmese district names and Kengtung', () => {
    expect(triage({ text: 'မယ်ချန် က ခြံမှာ' }).district).toBe('mae-chan');
    expect(triage({ text: 'ကျိုင်းတုံ ကာစီနို' }).crossBorder).toBe('MM');
  });
});
