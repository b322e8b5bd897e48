/** What the old phone or LINE account, and the coordinators, are told when a responder's link moved. */
const tail = (address: string) => `…${address.slice(-3)}`;

export function movedAwayText(language: string | undefined, channel: 'sms' | 'line', name: string): string {
  const what = channel === 'sms' ? { th: 'หมายเลขโทรศัพท์นี้', en: 'This phone number' } : { th: 'บัญชี LINE นี้', en: 'This LINE account' };
  return language === 'th'
    ? `${what.th}ไม่ได้รับแจ้งเหตุของ ${name} อีกต่อไป: มีการเชื่อมบัญชีใหม่แทน ถ้าท่านไม่ได้ทำเอง โปรดโทรหาผู้ประสานงานทันที`
    : `${what.en} no longer gets the rescue alerts of ${name}: another one was linked instead. If that was not you, call your coordinator now.`;
}

export function relinkedText(language: string | undefined, channel: 'sms' | 'line', name: string, oldAddress: string, newAddress: string): string {
  const change = channel === 'sms' ? `${tail(oldAddress)} → ${tail(newAddress)}` : 'LINE';
  return language === 'th'
    ? `แจ้งผู้ประสานงาน: ช่องทางรับแจ้งเหตุของ ${name} ถูกเปลี่ยน (${change}) ด้วยรหัสเชื่อมบัญชี ถ้าไม่ได้คาดไว้ โปรดตรวจสอบกับผู้รับแจ้งเหตุ`
    : `For coordinators: ${name}'s alerts were moved to a new ${channel === 'sms' ? 'phone' : 'LINE account'} (${change}) with a link code. If you did not expect it, check with them.`;
}
