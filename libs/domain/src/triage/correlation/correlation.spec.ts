import { triage } from '../triage';
import { caseReference, correlate, extractCaseReference, OpenIncident } from '.';

const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1, 12, minutes));

function incident(over: Partial<OpenIncident>): OpenIncident {
  return {
    incidentId: 'inc-1',
    district: 'mae-sai',
    priority: 'P1',
    openedAt: at(0),
    lastTipAt: at(0),
    reporterKeys: [],
    caseRef: caseReference('inc-1'),
    texts: [],
    ...over,
  };
}

function candidate(text: string, over: { reporterKey?: string; minutes?: number; caseRef?: string } = {}) {
  const t = triage({ text });
  return { text, district: t.district, reporterKey: over.reporterKey, caseRef: over.caseRef, receivedAt: at(over.minutes ?? 30), triage: t };
}

describe('case references', () => {
  it('are short, deterministic and readable', () => {
    const ref = caseReference('inc-6f1c2a');
    expect(ref).toMatch(/^CR-[2-9A-HJKMNP-Z]{4}$/);
    expect(caseReference('inc-6f1c2a')).toBe(ref);
    expect(caseReference('inc-6f1c2b')).not.toBe(ref);
  });

  it('are spread out', () => {
    const refs = new Set(Array.from({ length: 2000 }, (_, i) => caseReference(`inc-${i}`)));
    expect(refs.size).toBeGreaterThan(1990);
  });

  it.each([
    ['about case CR-7K3P, the van is back', 'CR-7K3P'],
    ['cr 7k3p', 'CR-7K3P'],
    ['เรื่องเคสCR7K3Pค่ะ', 'CR-7K3P'],
    ['ref #CR-7K3P.', 'CR-7K3P'],
  ])('are read from %j', (text, ref) => {
    expect(extractCaseReference(text)).toBe(ref);
  });

  it.each(['CR-7K3', 'across the river', 'CR-0OIL', 'ACR-7K3P'])('are not read from %j', (text) => {
    expect(extractCaseReference(text)).toBeUndefined();
  });
});

describe('correlate', () => {
  const open = [
    incident({ incidentId: 'inc-a', caseRef: 'CR-AAAA', reporterKeys: ['rep-1'], texts: ['Girls locked in room 304 at the Wang Thong hotel in Mae Sai'] }),
    incident({ incidentId: 'inc-b', caseRef: 'CR-BBBB', district: 'chiang-khong', texts: ['แรงงานลาวถูกยึดบัตรที่ไร่กล้วยบ้านหาดบ้าย'] }),
  ];

  it('follows a quoted case reference, whatever the district or time', () => {
    expect(correlate(candidate('update on CR-BBBB: they moved the workers', { minutes: 600 }), open)).toEqual({
      incidentId: 'inc-b',
      reason: 'quotes case reference CR-BBBB',
    });
  });

  it('joins the same reporter within the window, not after it', () => {
    expect(correlate(candidate('they are moving us now', { reporterKey: 'rep-1' }), open)?.incidentId).toBe('inc-a');
    expect(correlate(candidate('they are moving us now', { reporterKey: 'rep-1', minutes: 400 }), open)).toBeNull();
    expect(correlate(candidate('they are moving us now', { reporterKey: 'rep-1', minutes: 400 }), open, { windowMinutes: 600 })?.incidentId).toBe('inc-a');
  });

  it('joins a tip about the same place and people in the same district', () => {
    const c = candidate('Room 304 Wang Thong hotel Mae Sai, the girls are still there');
    const r = correlate(c, open);
    expect(r?.incidentId).toBe('inc-a');
    expect(r?.reason).toMatch(/^names the same number 304, venue “wang thong” in mae-sai within 180 minutes/);
    expect(correlate(candidate('นายจ้างที่บ้านหาดบ้ายยังไม่คืนบัตรแรงงานลาว เชียงของ'), open)?.incidentId).toBe('inc-b');
  });

  it('keeps apart tips from other districts, other places, or outside the window', () => {
    expect(correlate(candidate('A broker at the Chiang Saen port is recruiting women'), open)).toBeNull();
    expect(correlate(candidate('Someone stole a motorbike in Mae Sai'), open)).toBeNull();
    expect(correlate(candidate('Room 304 Wang Thong hotel Mae Sai, the girls are still there', { minutes: 500 }), open)).toBeNull();
    expect(correlate(candidate('Room 304 Wang Thong hotel, girls still there'), [])).toBeNull();
  });

  it('joins a second caller naming the same venue or the same person minutes later', () => {
    const karaoke = [incident({ incidentId: 'inc-k', texts: ['Three girls, about 15, at the Golden Dragon karaoke behind the market in Mae Sai, owner will take them across tonight'] })];
    const second = correlate(candidate('Caller says young girls are made to sit with customers at Golden Dragon Karaoke, Mae Sai. She saw them tonight', { minutes: 8 }), karaoke);
    expect(second?.incidentId).toBe('inc-k');
    expect(second?.reason).toContain('venue “golden dragon”');
    const thai = [incident({ incidentId: 'inc-t', texts: ['มีเด็กผู้หญิง 3 คนอยู่ที่ร้านคาราโอเกะชื่อมังกรทอง แถวตลาด อ.แม่สาย'] })];
    expect(correlate(candidate('ร้านชื่อมังกรทอง แม่สาย มีเด็กถูกบังคับนั่งดริ้งค์ ผู้แจ้งอีกคน', { minutes: 12 }), thai)?.incidentId).toBe('inc-t');
    const person = [incident({ incidentId: 'inc-p', district: 'chiang-khong', texts: ['A broker called Somchai keeps the passports of Lao workers at a banana farm in Chiang Khong'] })];
    const r = correlate(candidate('Mr Somchai the broker from Chiang Khong is moving the Lao workers from the banana farm tonight', { minutes: 20 }), person);
    expect(r?.incidentId).toBe('inc-p');
    expect(r?.reason).toContain('person “somchai”');
  });

  it('keeps apart two callers about different unnamed bars, and the same venue in another district', () => {
    const karaoke = [incident({ incidentId: 'inc-k', texts: ['Girls about 15 working at a karaoke bar in Mae Sai, the owner beats them'] })];
    expect(correlate(candidate('A karaoke bar in Mae Sai has young girls working there, the owner is cruel', { minutes: 5 }), karaoke)).toBeNull();
    const named = [incident({ incidentId: 'inc-n', texts: ['Girls at the Golden Dragon karaoke in Mae Sai'] })];
    expect(correlate(candidate('Girls at the Golden Dragon karaoke in Chiang Khong', { minutes: 5 }), named)).toBeNull();
  });

  it('does not count amounts of money or years as the same case', () => {
    const offers = [incident({ incidentId: 'inc-o', texts: ['A broker in Mae Sai offers 40,000 baht a month for work in Bangkok, since 2024'] })];
    expect(correlate(candidate('Another broker in Mae Sai says 40,000 baht a month in Dubai, since 2024', { minutes: 5 }), offers)).toBeNull();
    const phone = [incident({ incidentId: 'inc-ph', texts: ['The agent in Mae Sai uses the phone 0812345678 to recruit girls'] })];
    expect(correlate(candidate('Mae Sai agent with phone 0812345678 is recruiting girls again', { minutes: 5 }), phone)?.incidentId).toBe('inc-ph');
  });
});
