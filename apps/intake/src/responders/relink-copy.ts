import { templateLanguage } from '@rescue/channels';

/**
 * What the old phone or LINE account, and the coordinators, are told when a responder's link moved.
 * The Burmese and Lao were written by the engineers and should be reviewed by a native speaker
 * before production.
 */
const tail = (address: string) => `…${address.slice(-3)}`;

export function movedAwayText(language: string | undefined, channel: 'sms' | 'line', name: string): string {
  const what =
    channel === 'sms'
      ? { th: 'หมายเลขโทรศัพท์นี้', en: 'This phone number', my: 'ဤဖုန်းနံပါတ်', lo: 'ເບີໂທລະສັບນີ້' }
      : { th: 'บัญชี LINE นี้', en: 'This LINE account', my: 'ဤ LINE အကောင့်', lo: 'ບັນຊີ LINE ນີ້' };
  switch (templateLanguage(language)) {
    case 'th':
      return `${what.th}ไม่ได้รับแจ้งเหตุของ ${name} อีกต่อไป: มีการเชื่อมบัญชีใหม่แทน ถ้าท่านไม่ได้ทำเอง โปรดโทรหาผู้ประสานงานทันที`;
    case 'my':
      return `${what.my}သည် ${name} ၏ ကယ်ဆယ်ရေး သတိပေးချက်များကို မရတော့ပါ: အခြားတစ်ခုကို ချိတ်ဆက်လိုက်ပါပြီ။ သင်ကိုယ်တိုင် မလုပ်ခဲ့လျှင် ညှိနှိုင်းရေးမှူးကို ချက်ချင်း ဖုန်းဆက်ပါ။`;
    case 'lo':
      return `${what.lo}ບໍ່ໄດ້ຮັບແຈ້ງເຫດຂອງ ${name} ອີກຕໍ່ໄປ: ມີການເຊື່ອມບັນຊີໃໝ່ແທນ. ຖ້າທ່ານບໍ່ໄດ້ເຮັດເອງ ກະລຸນາໂທຫາຜູ້ປະສານງານທັນທີ.`;
    default:
      return `${what.en} no longer gets the rescue alerts of ${name}: another one was linked instead. If that was not you, call your coordinator now.`;
  }
}

export function relinkedText(language: string | undefined, channel: 'sms' | 'line', name: string, oldAddress: string, newAddress: string): string {
  const change = channel === 'sms' ? `${tail(oldAddress)} → ${tail(newAddress)}` : 'LINE';
  switch (templateLanguage(language)) {
    case 'th':
      return `แจ้งผู้ประสานงาน: ช่องทางรับแจ้งเหตุของ ${name} ถูกเปลี่ยน (${change}) ด้วยรหัสเชื่อมบัญชี ถ้าไม่ได้คาดไว้ โปรดตรวจสอบกับผู้รับแจ้งเหตุ`;
    case 'my':
      return `ညှိနှိုင်းရေးမှူးများအတွက်: ${name} ၏ သတိပေးချက်များကို ချိတ်ဆက်ကုဒ်ဖြင့် ${channel === 'sms' ? 'ဖုန်း' : 'LINE အကောင့်'} အသစ်သို့ ပြောင်းလိုက်ပါပြီ (${change})။ မမျှော်လင့်ထားလျှင် ၎င်းတို့နှင့် စစ်ဆေးပါ။`;
    case 'lo':
      return `ແຈ້ງຜູ້ປະສານງານ: ຊ່ອງທາງຮັບແຈ້ງເຫດຂອງ ${name} ຖືກປ່ຽນ (${change}) ດ້ວຍລະຫັດເຊື່ອມບັນຊີ. ຖ້າບໍ່ໄດ້ຄາດໄວ້ ກະລຸນາກວດສອບກັບຜູ້ຮັບແຈ້ງເຫດ.`;
    default:
      return `For coordinators: ${name}'s alerts were moved to a new ${channel === 'sms' ? 'phone' : 'LINE account'} (${change}) with a link code. If you did not expect it, check with them.`;
  }
}
