import { ReportLanguage } from './report-language';

/**
 * What a member of the public hears back, in their language: that the report arrived, the case
 * reference to quote later, and where to turn in immediate danger (191, Thai police). Short, because
 * an SMS in Thai, Burmese or Lao is billed per 70 characters.
 */
export const RECEIPT_COPY: Record<ReportLanguage, { received(ref: string): string; added(ref: string): string }> = {
  th: {
    received: (ref) => `ได้รับข้อมูลแล้ว ขอบคุณครับ เลขอ้างอิง ${ref} ส่งรายละเอียดเพิ่มได้ที่นี่ อันตรายโทร 191`,
    added: (ref) => `เพิ่มข้อมูลในเรื่อง ${ref} แล้ว ขอบคุณครับ`,
  },
  my: {
    received: (ref) => `လက်ခံရရှိပါပြီ။ ကျေးဇူးတင်ပါသည်။ အမှတ် ${ref}။ အချက်အလက်ထပ်ပို့နိုင်ပါသည်။ အန္တရာယ်ရှိက 191 ခေါ်ပါ။`,
    added: (ref) => `${ref} တွင် ထပ်ထည့်ပြီးပါပြီ။ ကျေးဇူးတင်ပါသည်။`,
  },
  lo: {
    received: (ref) => `ໄດ້ຮັບຂໍ້ມູນແລ້ວ ຂອບໃຈ. ເລກອ້າງອີງ ${ref}. ສົ່ງລາຍລະອຽດເພີ່ມໄດ້ທີ່ນີ້. ອັນຕະລາຍໂທ 191.`,
    added: (ref) => `ເພີ່ມຂໍ້ມູນໃສ່ເລື່ອງ ${ref} ແລ້ວ. ຂອບໃຈ.`,
  },
  en: {
    received: (ref) => `Received, thank you. Your reference: ${ref}. Send more details here any time. In danger now? Call 191.`,
    added: (ref) => `Added to your report ${ref}. Thank you.`,
  },
};
