import { notice } from './notices';

describe('notices', () => {
  it('speak the responder’s language and name the district', () => {
    expect(notice('resolved', ['th'], { district: 'mae-sai', outcome: 'rescued' })).toContain('แม่สาย');
    expect(notice('resolved', ['en'], { district: 'mae-sai', outcome: 'rescued' })).toContain('Mae Sai');
    expect(notice('standDown', ['my', 'en'], { by: 'Somchai', role: 'police', district: 'chiang-khong' })).toBe(
      'Accepted by Somchai, police Chiang Khong: you can stand down. Thank you.',
    );
  });

  it('tell the acceptor how to report arrival when they have a reply code', () => {
    expect(notice('accepted', ['en'], { code: 3 })).toContain('ARRIVED 3');
    expect(notice('accepted', ['en'], { code: null })).not.toContain('ARRIVED');
  });

  it('name both districts of a moved case in the responder’s language', () => {
    expect(notice('moved', ['en'], { district: 'mae-sai', toDistrict: 'chiang-khong' })).toBe('The Mae Sai case was moved to Chiang Khong: you can stand down. Thank you.');
    expect(notice('moved', ['th'], { district: 'mae-sai', toDistrict: 'chiang-khong' })).toContain('เชียงของ');
  });
});
