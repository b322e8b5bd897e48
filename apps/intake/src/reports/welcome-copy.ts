import { ReportLanguage } from './report-language';

/**
 * What someone who adds the Official Account reads first: how to report, that it is confidential,
 * and whom to call in an emergency (Thai police 191; 1300, the social-assistance hotline that also
 * takes trafficking cases). Sent with the reply token of the follow event, so it costs nothing.
 */
export const WELCOME_COPY: Record<ReportLanguage, string> = {
  th:
    'ยินดีต้อนรับ แจ้งเรื่องการค้ามนุษย์หรือคนที่ตกอยู่ในอันตรายได้ที่นี่: พิมพ์ว่าเกิดอะไรขึ้น ที่ไหน กี่คน ' +
    'ส่งรูปหรือตำแหน่งได้ ข้อมูลและตัวตนของท่านเป็นความลับ เหตุฉุกเฉินโทร 191 (ตำรวจ) หรือสายด่วน 1300',
  my:
    'ကြိုဆိုပါတယ်။ လူကုန်ကူးမှု သို့မဟုတ် အန္တရာယ်ရှိနေသူအကြောင်း ဒီမှာ သတင်းပို့နိုင်ပါတယ်- ဘာဖြစ်လဲ၊ ဘယ်မှာလဲ၊ ' +
    'လူဘယ်နှစ်ယောက်လဲ ရေးပါ။ ဓာတ်ပုံ၊ တည်နေရာ ပို့နိုင်ပါတယ်။ သင့်အကြောင်းကို လျှို့ဝှက်ထားပါမယ်။ ' +
    'အရေးပေါ်ဆိုရင် ထိုင်းရဲ 191 သို့မဟုတ် 1300 ကို ဖုန်းဆက်ပါ။',
  lo:
    'ຍິນດີຕ້ອນຮັບ. ແຈ້ງເລື່ອງການຄ້າມະນຸດ ຫຼື ຄົນທີ່ຕົກຢູ່ໃນອັນຕະລາຍໄດ້ທີ່ນີ້: ຂຽນວ່າເກີດຫຍັງຂຶ້ນ, ຢູ່ໃສ, ຈັກຄົນ. ' +
    'ສົ່ງຮູບ ຫຼື ສະຖານທີ່ໄດ້. ຂໍ້ມູນ ແລະ ຕົວຕົນຂອງທ່ານເປັນຄວາມລັບ. ເຫດສຸກເສີນໂທ 191 (ຕຳຫຼວດໄທ) ຫຼື 1300.',
  en:
    'Welcome. To report trafficking or someone in danger, write here what happened, where and how many ' +
    'people; photos and locations help. Your report and who you are stay confidential. ' +
    'In an emergency call the Thai police on 191 or the 1300 hotline.',
};

/** LINE's profile language (BCP 47, e.g. "en-US", "my") as a welcome language; undefined when unknown. */
export function welcomeLanguage(profileLanguage: string | undefined): ReportLanguage | undefined {
  const primary = profileLanguage?.toLowerCase().split(/[-_]/)[0];
  return primary === 'th' || primary === 'my' || primary === 'lo' || primary === 'en' ? primary : undefined;
}

/** The welcome in the user's language, or in Thai and English when LINE did not tell us theirs. */
export function welcomeText(profileLanguage: string | undefined): string {
  const language = welcomeLanguage(profileLanguage);
  return language ? WELCOME_COPY[language] : `${WELCOME_COPY.th}\n\n${WELCOME_COPY.en}`;
}
