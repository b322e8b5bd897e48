import { TemplateLanguage } from './template-language';

/**
 * The fixed words of a page, per language. The reply instructions are never shortened, and keep the
 * ASCII keywords (ACK, NO) and the code as the reply parser reads them; only the words around them
 * are translated. The Burmese and Lao were written by the engineers and should be reviewed by a
 * native speaker before production.
 */
export const PAGE_COPY: Record<
  TemplateLanguage,
  { instructions(code?: number): string; accept: string; decline: string; arrived: string; smsHint(code: number): string; drill: string }
> = {
  th: {
    instructions: (code) => (code ? `ตอบ ACK ${code} เพื่อรับ, NO ${code} ปฏิเสธ` : 'ตอบ ACK เพื่อรับ, NO ปฏิเสธ'),
    accept: 'รับเรื่อง',
    decline: 'ไม่ว่าง',
    arrived: 'ถึงแล้ว',
    smsHint: (code) => `รหัสตอบกลับ ${code}`,
    drill: '[ซ้อมแผน ไม่ใช่เหตุจริง]',
  },
  en: {
    instructions: (code) => (code ? `Reply ACK ${code} to accept, NO ${code} to decline` : 'Reply ACK to accept, NO to decline'),
    accept: 'Accept',
    decline: 'Decline',
    arrived: 'Arrived',
    smsHint: (code) => `Reply code ${code}`,
    drill: '[DRILL, not a real case]',
  },
  my: {
    instructions: (code) => (code ? `လက်ခံရန် ACK ${code}၊ ငြင်းရန် NO ${code} ပြန်ပို့ပါ` : 'လက်ခံရန် ACK၊ ငြင်းရန် NO ပြန်ပို့ပါ'),
    accept: 'လက်ခံမည်',
    decline: 'မအားပါ',
    arrived: 'ရောက်ပြီ',
    smsHint: (code) => `ပြန်ပို့ရန်ကုဒ် ${code}`,
    drill: '[လေ့ကျင့်မှု၊ တကယ့်အမှု မဟုတ်ပါ]',
  },
  lo: {
    instructions: (code) => (code ? `ຕອບ ACK ${code} ເພື່ອຮັບ, NO ${code} ປະຕິເສດ` : 'ຕອບ ACK ເພື່ອຮັບ, NO ປະຕິເສດ'),
    accept: 'ຮັບເລື່ອງ',
    decline: 'ບໍ່ຫວ່າງ',
    arrived: 'ຮອດແລ້ວ',
    smsHint: (code) => `ລະຫັດຕອບກັບ ${code}`,
    drill: '[ຊ້ອມແຜນ, ບໍ່ແມ່ນເຫດແທ້]',
  },
};
