import { parsePostbackData } from './parse-postback-data';

describe('parsePostbackData', () => {
  it.each(['accept', 'decline', 'arrived'] as const)('reads action=%s with its alert', (action) => {
    expect(parsePostbackData(`action=${action}&alert=inc1-police-1-r1-line`)).toEqual({ kind: action, alertId: 'inc1-police-1-r1-line' });
  });

  it('decodes an encoded alert id and ignores extra fields', () => {
    expect(parsePostbackData('alert=a%2Fb&action=accept&v=1')).toEqual({ kind: 'accept', alertId: 'a/b' });
  });

  it.each(['', 'action=accept', 'alert=x', 'action=delete&alert=x', 'garbage'])('%j is unknown', (data) => {
    expect(parsePostbackData(data)).toEqual({ kind: 'unknown' });
  });
});
