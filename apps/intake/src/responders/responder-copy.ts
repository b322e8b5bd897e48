/** Automatic answers to responders, in their first language when it is Thai, else English. */
type Lang = 'th' | 'en';

const COPY: Record<Lang, { smsHelp: string; lineHelp: string; linked(name: string): string }> = {
  th: {
    smsHelp: 'ตอบ ACK <รหัส> เพื่อรับเรื่อง, NO <รหัส> ปฏิเสธ, ARRIVED <รหัส> เมื่อถึงที่เกิดเหตุ',
    lineHelp: 'กดปุ่ม รับเรื่อง / ไม่ว่าง / ถึงแล้ว ในข้อความแจ้งเหตุ หรือพิมพ์ ACK <รหัส>',
    linked: (name) => `เชื่อมบัญชีกับ ${name} แล้ว ท่านจะได้รับแจ้งเหตุทางช่องทางนี้`,
  },
  en: {
    smsHelp: 'Reply ACK <code> to accept, NO <code> to decline, ARRIVED <code> on arrival.',
    lineHelp: 'Tap Accept / Decline / Arrived on an alert, or type ACK <code>.',
    linked: (name) => `Linked to ${name}. Alerts can now reach you here.`,
  },
};

export function responderCopy(languages: string[] | undefined) {
  return COPY[languages?.[0] === 'th' ? 'th' : 'en'];
}

/** The sender of a wrong code is nobody we know yet: both languages. */
export const LINK_REFUSED = 'รหัสเชื่อมบัญชีไม่ถูกต้องหรือหมดอายุ / This link code is wrong or has expired. Ask your administrator for a new one.';
