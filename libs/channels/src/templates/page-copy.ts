import { TemplateLanguage } from './template-language';

/** The fixed words of a page, per language. The reply instructions are never shortened. */
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
};
