import { ReplyAction } from './responder-reply';

/**
 * Words that name an action, in the languages responders use. Single letters (A, N) only count
 * when a code follows them, so "a" or "n" alone never accept or decline anything. The Lao and
 * Burmese include the words of the page buttons and instructions (ຮັບເລື່ອງ, ບໍ່ຫວ່າງ, ປະຕິເສດ, လက်ခံမည်, ငြင်း).
 */
export const ACTION_WORDS: Record<ReplyAction, string[]> = {
  accept: ['ack', 'accept', 'accepted', 'yes', 'รับ', 'รับเรื่อง', 'รับทราบ', 'ตกลง', 'ຮັບ', 'ຮັບເລື່ອງ', 'လက်ခံ', 'လက်ခံမည်'],
  decline: ['no', 'nack', 'decline', 'declined', 'busy', 'ไม่ว่าง', 'ไม่รับ', 'ปฏิเสธ', 'ບໍ່ວ່າງ', 'ບໍ່ຫວ່າງ', 'ປະຕິເສດ', 'မအား', 'ငြင်း'],
  // Never 'cancel': it is a carrier opt-out word (STOP) and must keep meaning that.
  release: ['unack', 'release', 'cant go', 'can t go', 'cannot go', 'handback', 'ไปไม่ได้', 'ยกเลิกรับ', 'ໄປບໍ່ໄດ້', 'မသွားနိုင်'],
  arrived: ['arrived', 'arrive', 'arr', 'onsite', 'on site', 'here', 'ถึงแล้ว', 'ถึง', 'ຮອດແລ້ວ', 'ရောက်ပြီ'],
};

/** Only valid with a code: "A1", "N 2", "R3". */
export const ACTION_LETTERS: Record<string, ReplyAction> = { a: 'accept', y: 'accept', n: 'decline', r: 'arrived', u: 'release' };

/** Carrier opt-out and opt-in keywords, as Twilio's Advanced Opt-Out honours them. */
export const STOP_WORDS = ['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'revoke', 'optout', 'หยุด'];
export const START_WORDS = ['start', 'unstop', 'yes', 'optin'];
export const HELP_WORDS = ['help', 'info', 'วิธีใช้', 'ช่วยเหลือ'];
export const LINK_WORDS = ['link', 'ลิงก์', 'เชื่อม'];

/** Thai and Lao politeness particles ("รับครับ", "ถึงแล้วค่ะ"): they carry no meaning for a reply. */
export const POLITE_PARTICLES = ['ครับผม', 'ครับ', 'คับ', 'ค่ะ', 'คะ', 'ค่า', 'จ้ะ', 'จ้า', 'นะ', 'ເດີ', 'ເຈົ້າ', 'ပါ', 'ရှင်', 'ခင်ဗျာ'];
