import { districtName, OpenReplyCode, ReplyAction } from '@rescue/domain';

/** Automatic answers to responders, in their first language when it is Thai, else English. */
type Lang = 'th' | 'en';

interface Copy {
  smsHelp: string;
  lineHelp: string;
  linked(name: string): string;
  unknownCode(code: number, open: string): string;
  whichCode(open: string): string;
  noOpenCase: string;
  onlyFirstCode(code: number, word: string, others: number[]): string;
}

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
};

const language = (languages: string[] | undefined): Lang => (languages?.[0] === 'th' ? 'th' : 'en');

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
