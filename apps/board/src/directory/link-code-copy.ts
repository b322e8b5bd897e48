import { templateLanguage } from '@rescue/channels';

/**
 * The message that carries a link code to the responder's current phone or LINE. "LINK <code>"
 * stays ASCII in every language. The Burmese and Lao were written by the engineers and should be
 * reviewed by a native speaker before production.
 */
export function linkCodeText(language: string | undefined, code: string, minutes: number): string {
  switch (templateLanguage(language)) {
    case 'th':
      return `รหัสเชื่อมบัญชีระบบแจ้งเหตุของท่าน: ${code} ส่ง "LINK ${code}" จาก LINE หรือโทรศัพท์ที่จะรับแจ้งเหตุ ภายใน ${minutes} นาที ถ้าท่านไม่ได้ขอ โปรดแจ้งผู้ประสานงาน`;
    case 'my':
      return `သင်၏ ကယ်ဆယ်ရေး သတိပေးချက် ချိတ်ဆက်ကုဒ်: ${code}။ သတိပေးချက် ရယူမည့် LINE အကောင့် သို့မဟုတ် ဖုန်းမှ "LINK ${code}" ကို ${minutes} မိနစ်အတွင်း ပို့ပါ။ သင် မတောင်းခဲ့လျှင် ညှိနှိုင်းရေးမှူးကို အသိပေးပါ။`;
    case 'lo':
      return `ລະຫັດເຊື່ອມບັນຊີລະບົບແຈ້ງເຫດຂອງທ່ານ: ${code}. ສົ່ງ "LINK ${code}" ຈາກ LINE ຫຼື ໂທລະສັບທີ່ຈະຮັບແຈ້ງເຫດ ພາຍໃນ ${minutes} ນາທີ. ຖ້າທ່ານບໍ່ໄດ້ຂໍ ກະລຸນາແຈ້ງຜູ້ປະສານງານ.`;
    default:
      return `Your rescue alert link code: ${code}. Send "LINK ${code}" from the LINE account or phone that should get alerts, within ${minutes} minutes. If you did not ask for it, tell your coordinator.`;
  }
}
