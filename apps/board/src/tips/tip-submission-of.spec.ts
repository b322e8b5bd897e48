import { TipSubmission } from '@rescue/contracts';
import { tipSubmissionOf } from './tip-submission-of';

describe('tipSubmissionOf', () => {
  it('turns a phone call into an intake tip that passes the contract', () => {
    const tip = tipSubmissionOf({
      text: 'Girls locked in a karaoke bar behind the market',
      language: 'en',
      district: 'mae-sai',
      place: 'Sai Lom Joy market',
      childrenInvolved: 'yes',
      peopleCount: 3,
      reporter: { name: 'Noi', phone: '+66812345678' },
      callbackAllowed: true,
    });
    expect(TipSubmission.parse(tip)).toEqual({
      text: 'Girls locked in a karaoke bar behind the market\n\n[Operator] Children involved. People involved: 3.',
      channel: 'hotline',
      language: 'en',
      location: { district: 'mae-sai', description: 'Sai Lom Joy market' },
      reporter: { name: 'Noi', phone: '+66812345678' },
      callbackAllowed: true,
    });
  });

  it('does not mention children when the answer is no (a keyword rule would read it as children)', () => {
    const tip = tipSubmissionOf({ text: 'Workers without passports at a farm', childrenInvolved: 'no' });
    expect(tip.text).toBe('Workers without passports at a farm');
  });

  it('leaves out an unknown district, an empty reporter and consent without a reporter', () => {
    const tip = tipSubmissionOf({ text: 'x', district: 'unknown', reporter: { name: '', phone: '' }, callbackAllowed: true });
    expect(tip).toEqual({ text: 'x', channel: 'hotline' });
    expect(TipSubmission.parse(tip)).toEqual(tip);
  });
});
