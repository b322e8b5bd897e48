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

/**
 * Role names, the whole province and the time zone, as a responder reads them. The Burmese and Lao
 * were written by the engineers and should be reviewed by a native speaker before production.
 */
export const ROLE_NAMES: Record<string, Record<TemplateLanguage, string>> = {
  police: { th: 'ตำรวจ', en: 'police', my: 'ရဲ', lo: 'ຕຳຫຼວດ' },
  ngo: { th: 'เจ้าหน้าที่มูลนิธิ', en: 'NGO', my: 'NGO ဝန်ထမ်း', lo: 'ເຈົ້າໜ້າທີ່ NGO' },
  liaison: { th: 'ผู้ประสานงานข้ามแดน', en: 'cross-border liaison', my: 'နယ်စပ်ဖြတ်ကျော် ဆက်သွယ်ရေးမှူး', lo: 'ຜູ້ປະສານງານຂ້າມແດນ' },
  coordinator: { th: 'ผู้ประสานงาน', en: 'coordinator', my: 'ညှိနှိုင်းရေးမှူး', lo: 'ຜູ້ປະສານງານ' },
  'social-worker': { th: 'นักสังคมสงเคราะห์', en: 'social worker', my: 'လူမှုဝန်ထမ်း', lo: 'ນັກສັງຄົມສົງເຄາະ' },
  immigration: { th: 'ตรวจคนเข้าเมือง', en: 'immigration', my: 'လူဝင်မှုကြီးကြပ်ရေး', lo: 'ກວດຄົນເຂົ້າເມືອງ' },
};
const WHOLE_PROVINCE: Record<TemplateLanguage, string> = { th: 'ทั้งจังหวัด', en: 'the whole province', my: 'ပြည်နယ်တစ်ခုလုံး', lo: 'ທົ່ວແຂວງ' };
/** Burmese readers are told it is Thai time: Myanmar's clock is half an hour behind. */
const BANGKOK_TIME: Record<TemplateLanguage, string> = { th: 'เวลาไทย', en: 'Bangkok time', my: 'ထိုင်းအချိန်', lo: 'ເວລາໄທ' };
/** Luxon locales for weekday and month names; digits stay Latin, as in the reply codes. */
const LOCALES: Record<TemplateLanguage, string> = { th: 'th-TH', en: 'en-GB', my: 'my-MM', lo: 'lo-LA' };

const role = (r: string, lang: TemplateLanguage) => ROLE_NAMES[r]?.[lang] ?? r;
const places = (districts: string[], lang: TemplateLanguage) =>
  districts.map((d) => (d === '*' ? WHOLE_PROVINCE[lang] : districtName(d, lang))).join(', ');
const zoneName = (zone: string, lang: TemplateLanguage) => (zone === 'Asia/Bangkok' ? BANGKOK_TIME[lang] : zone);

/** "08:00", or with its date ("Wed 8 Jan 08:00") when `withDate`. */
function clock(at: Date, zone: string, lang: TemplateLanguage, withDate: boolean): string {
  const local = DateTime.fromJSDate(at, { zone }).setLocale(LOCALES[lang]).reconfigure({ numberingSystem: 'latn' });
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
  const who = role(w.role, lang);
  const where = places(w.districts, lang);
  const zone = zoneName(w.timeZone, lang);
  switch (lang) {
    case 'th':
      return `ท่านเป็นเวร${who} ${where} ตั้งแต่ ${from}${to ? ` ถึง ${to}` : ''} น. (${zone})`;
    case 'my':
      return `${who}၊ ${where} အတွက် သင် တာဝန်ကျပါသည်: ${from}${to ? ` မှ ${to} အထိ` : ' မှစ၍'} (${zone})။`;
    case 'lo':
      return `ທ່ານເປັນເວນ${who} ${where} ແຕ່ ${from}${to ? ` ຫາ ${to}` : ''} ໂມງ (${zone}).`;
    default:
      return `You are on call for ${who}, ${where}, from ${from}${to ? ` to ${to}` : ''} (${zone}).`;
  }
}

/** To the coordinators, once per newly found gap: nobody on call for a schedule in a coming interval. */
export function coverageGapText(language: string | undefined, w: OnCallWindow & { schedule: string }): string {
  const lang = templateLanguage(language);
  const { from, to } = span(w, lang, true);
  const who = role(w.role, lang);
  const where = places(w.districts, lang);
  const zone = zoneName(w.timeZone, lang);
  switch (lang) {
    case 'th':
      return `เวรว่าง: ไม่มีผู้รับเวร${who} ${where} (${w.schedule}) ตั้งแต่ ${from}${to ? ` ถึง ${to}` : ' เป็นต้นไป'} (${zone}) กรุณาจัดคนแทนในบอร์ด`;
    case 'my':
      return `တာဝန်ကွက်လပ်: ${who}၊ ${where} (${w.schedule}) အတွက် ${from}${to ? ` မှ ${to} အထိ` : ' မှစ၍'} တာဝန်ကျသူ မရှိပါ (${zone})။ ဘုတ်တွင် အစားထိုးသူ ထည့်ပေးပါ။`;
    case 'lo':
      return `ເວນຫວ່າງ: ບໍ່ມີຜູ້ຮັບເວນ${who} ${where} (${w.schedule}) ແຕ່ ${from}${to ? ` ຫາ ${to}` : ' ເປັນຕົ້ນໄປ'} (${zone}). ກະລຸນາຈັດຄົນແທນໃນບອດ.`;
    default:
      return `Coverage gap: nobody on call for ${who}, ${where} (${w.schedule}) from ${from}${to ? ` to ${to}` : ' onwards'} (${zone}). Add an override on the board.`;
  }
}
