import { districtName, templateLanguage, TemplateLanguage } from '@rescue/channels';
import { OpenReplyCode, ReplyAction } from '@rescue/domain';

/** Automatic answers to responders, in their first language (Thai, English, Burmese or Lao), else English. */
type Lang = TemplateLanguage;

interface Copy {
  smsHelp: string;
  lineHelp: string;
  linked(name: string): string;
  unknownCode(code: number, open: string): string;
  whichCode(open: string): string;
  noOpenCase: string;
  onlyFirstCode(code: number, word: string, others: number[]): string;
}

/**
 * The reply keywords (ACK, NO, ARRIVED) stay ASCII in every language: the reply parser reads them.
 * The Burmese and Lao were written by the engineers and should be reviewed by a native speaker
 * before production.
 */
const COPY: Record<Lang, Copy> = {
  th: {
    smsHelp: 'ตอบ ACK <รหัส> เพื่อรับเรื่อง, NO <รหัส> ปฏิเสธ, ARRIVED <รหัส> เมื่อถึงที่เกิดเหตุ',
    lineHelp: 'กดปุ่ม รับเรื่อง / ไม่ว่าง / ถึงแล้ว ในข้อความแจ้งเหตุ หรือพิมพ์ ACK <รหัส>',
    linked: (name) => `เชื่อมบัญชีกับ ${name} แล้ว ท่านจะได้รับแจ้งเหตุทางช่องทางนี้`,
    unknownCode: (code, open) => `ไม่มีเรื่องที่เปิดอยู่รหัส ${code} รหัสของท่าน: ${open} ตอบ ACK <รหัส>`,
    whichCode: (open) => `ท่านมีหลายเรื่องที่เปิดอยู่: ${open} ตอบ ACK <รหัส> ของเรื่องที่ท่านรับ`,
    noOpenCase: 'ขณะนี้ท่านไม่มีเรื่องที่รอการตอบ',
    onlyFirstCode: (code, word, others) => `ระบบอ่านเฉพาะรหัส ${code} สำหรับรหัสอื่น ส่ง ${others.map((c) => `${word} ${c}`).join(' และ ')} แยกข้อความ`,
  },
  en: {
    smsHelp: 'Reply ACK <code> to accept, NO <code> to decline, ARRIVED <code> on arrival.',
    lineHelp: 'Tap Accept / Decline / Arrived on an alert, or type ACK <code>.',
    linked: (name) => `Linked to ${name}. Alerts can now reach you here.`,
    unknownCode: (code, open) => `No open case has code ${code}. Your open codes: ${open}. Reply ACK <code>.`,
    whichCode: (open) => `You have several open cases: ${open}. Reply ACK <code> for the one you take.`,
    noOpenCase: 'You have no open case waiting for an answer.',
    onlyFirstCode: (code, word, others) => `Only code ${code} was read. For the others send ${others.map((c) => `${word} ${c}`).join(' and ')}, one per message.`,
  },
  my: {
    smsHelp: 'လက်ခံရန် ACK <ကုဒ်>၊ ငြင်းရန် NO <ကုဒ်>၊ ရောက်လျှင် ARRIVED <ကုဒ်> ပြန်ပို့ပါ။',
    lineHelp: 'သတိပေးချက်ရှိ လက်ခံမည် / မအားပါ / ရောက်ပြီ ခလုတ်ကို နှိပ်ပါ၊ သို့မဟုတ် ACK <ကုဒ်> ဟု ရိုက်ပါ။',
    linked: (name) => `${name} နှင့် ချိတ်ဆက်ပြီးပါပြီ။ သတိပေးချက်များကို ဤနေရာတွင် ရရှိပါမည်။`,
    unknownCode: (code, open) => `ကုဒ် ${code} ဖြင့် ဖွင့်ထားသော အမှု မရှိပါ။ သင့်ကုဒ်များ: ${open}။ ACK <ကုဒ်> ပြန်ပို့ပါ။`,
    whichCode: (open) => `သင့်တွင် ဖွင့်ထားသော အမှု အများအပြား ရှိပါသည်: ${open}။ သင်ယူမည့်အမှုအတွက် ACK <ကုဒ်> ပြန်ပို့ပါ။`,
    noOpenCase: 'ယခု သင် ဖြေရန် စောင့်နေသော အမှု မရှိပါ။',
    onlyFirstCode: (code, word, others) => `ကုဒ် ${code} ကိုသာ ဖတ်ပါသည်။ ကျန်ကုဒ်များအတွက် ${others.map((c) => `${word} ${c}`).join(' နှင့် ')} ကို တစ်ခုစီ သီးခြား ပို့ပါ။`,
  },
  lo: {
    smsHelp: 'ຕອບ ACK <ລະຫັດ> ເພື່ອຮັບເລື່ອງ, NO <ລະຫັດ> ປະຕິເສດ, ARRIVED <ລະຫັດ> ເມື່ອຮອດບ່ອນເກີດເຫດ',
    lineHelp: 'ກົດປຸ່ມ ຮັບເລື່ອງ / ບໍ່ຫວ່າງ / ຮອດແລ້ວ ໃນຂໍ້ຄວາມແຈ້ງເຫດ ຫຼື ພິມ ACK <ລະຫັດ>',
    linked: (name) => `ເຊື່ອມບັນຊີກັບ ${name} ແລ້ວ. ທ່ານຈະໄດ້ຮັບແຈ້ງເຫດທາງຊ່ອງທາງນີ້.`,
    unknownCode: (code, open) => `ບໍ່ມີເລື່ອງທີ່ເປີດຢູ່ລະຫັດ ${code}. ລະຫັດຂອງທ່ານ: ${open}. ຕອບ ACK <ລະຫັດ>.`,
    whichCode: (open) => `ທ່ານມີຫຼາຍເລື່ອງທີ່ເປີດຢູ່: ${open}. ຕອບ ACK <ລະຫັດ> ຂອງເລື່ອງທີ່ທ່ານຮັບ.`,
    noOpenCase: 'ຕອນນີ້ທ່ານບໍ່ມີເລື່ອງທີ່ລໍຖ້າການຕອບ.',
    onlyFirstCode: (code, word, others) => `ລະບົບອ່ານສະເພາະລະຫັດ ${code}. ສຳລັບລະຫັດອື່ນ ສົ່ງ ${others.map((c) => `${word} ${c}`).join(' ແລະ ')} ແຍກຂໍ້ຄວາມ.`,
  },
};

const language = (languages: string[] | undefined): Lang => templateLanguage(languages);

export function responderCopy(languages: string[] | undefined): Copy {
  return COPY[language(languages)];
}

/** "3 (Mae Sai), 5 (Chiang Khong)": codes with their districts, so the responder can tell the cases apart. */
export function openCodesText(open: OpenReplyCode[], languages: string[] | undefined): string {
  return open.map((o) => `${o.code} (${districtName(o.district, language(languages))})`).join(', ');
}

/** The word that does `action` in an SMS, as the help text teaches it. */
export const ACTION_WORD: Record<ReplyAction, string> = { accept: 'ACK', decline: 'NO', arrived: 'ARRIVED', release: 'UNACK' };

/** The sender of a wrong code is nobody we know yet: both languages. */
export const LINK_REFUSED = 'รหัสเชื่อมบัญชีไม่ถูกต้องหรือหมดอายุ / This link code is wrong or has expired. Ask your administrator for a new one.';
