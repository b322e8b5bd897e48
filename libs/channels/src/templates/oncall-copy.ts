import { DateTime } from 'luxon';
import { districtName } from './district-names';
import { templateLanguage, TemplateLanguage } from './template-language';

/** Copy for on-call messages that belong to no incident: hand-off notices and coverage gaps. */
export interface OnCallWindow {
  role: string;
  districts: string[];
  start: Date;
  /** Undefined: the shift or gap runs on past what was looked at. */
  end?: Date;
  timeZone: string;
}

const ROLE_NAMES: Record<string, Record<TemplateLanguage, string>> = {
  police: { th: 'ตำรวจ', en: 'police' },
  ngo: { th: 'เจ้าหน้าที่มูลนิธิ', en: 'NGO' },
  liaison: { th: 'ผู้ประสานงานข้ามแดน', en: 'cross-border liaison' },
  coordinator: { th: 'ผู้ประสานงาน', en: 'coordinator' },
  'social-worker': { th: 'นักสังคมสงเคราะห์', en: 'social worker' },
  immigration: { th: 'ตรวจคนเข้าเมือง', en: 'immigration' },
};
const role = (r: string, lang: TemplateLanguage) => ROLE_NAMES[r]?.[lang] ?? r;
const places = (districts: string[], lang: TemplateLanguage) =>
  districts.map((d) => (d === '*' ? (lang === 'th' ? 'ทั้งจังหวัด' : 'the whole province') : districtName(d, lang))).join(', ');
const zoneName = (zone: string, lang: TemplateLanguage) => (zone === 'Asia/Bangkok' ? (lang === 'th' ? 'เวลาไทย' : 'Bangkok time') : zone);

/** "08:00", or with its date ("Wed 8 Jan 08:00") when `withDate`. */
function clock(at: Date, zone: string, lang: TemplateLanguage, withDate: boolean): string {
  const local = DateTime.fromJSDate(at, { zone }).setLocale(lang === 'th' ? 'th-TH' : 'en-GB');
  return withDate ? `${local.toFormat('ccc d LLL')} ${local.toFormat('HH:mm')}` : local.toFormat('HH:mm');
}

function span(w: OnCallWindow, lang: TemplateLanguage, alwaysDate: boolean): { from: string; to?: string } {
  const sameDay = w.end !== undefined && DateTime.fromJSDate(w.start, { zone: w.timeZone }).hasSame(DateTime.fromJSDate(new Date(w.end.getTime() - 1), { zone: w.timeZone }), 'day');
  return {
    from: clock(w.start, w.timeZone, lang, alwaysDate),
    to: w.end && clock(w.end, w.timeZone, lang, !sameDay || alwaysDate),
  };
}

/** To the incoming responder, shortly before a hand-off (SMS-sized). */
export function handoffNoticeText(language: string | undefined, w: OnCallWindow): string {
  const lang = templateLanguage(language);
  const { from, to } = span(w, lang, false);
  if (lang === 'th') {
    return `ท่านเป็นเวร${role(w.role, 'th')} ${places(w.districts, 'th')} ตั้งแต่ ${from}${to ? ` ถึง ${to}` : ''} น. (${zoneName(w.timeZone, 'th')})`;
  }
  return `You are on call for ${role(w.role, 'en')}, ${places(w.districts, 'en')}, from ${from}${to ? ` to ${to}` : ''} (${zoneName(w.timeZone, 'en')}).`;
}

/** To the coordinators, once per newly found gap: nobody on call for a schedule in a coming interval. */
export function coverageGapText(language: string | undefined, w: OnCallWindow & { schedule: string }): string {
  const lang = templateLanguage(language);
  const { from, to } = span(w, lang, true);
  if (lang === 'th') {
    return `เวรว่าง: ไม่มีผู้รับเวร${role(w.role, 'th')} ${places(w.districts, 'th')} (${w.schedule}) ตั้งแต่ ${from}${to ? ` ถึง ${to}` : ' เป็นต้นไป'} (${zoneName(w.timeZone, 'th')}) กรุณาจัดคนแทนในบอร์ด`;
  }
  return `Coverage gap: nobody on call for ${role(w.role, 'en')}, ${places(w.districts, 'en')} (${w.schedule}) from ${from}${to ? ` to ${to}` : ' onwards'} (${zoneName(w.timeZone, 'en')}). Add an override on the board.`;
}
