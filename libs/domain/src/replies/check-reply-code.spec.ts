import { checkReplyCode } from './check-reply-code';

const open = [{ code: 3, district: 'mae-sai' }, { code: 5, district: 'chiang-khong' }];

describe('checking an SMS reply against the responder\'s open codes', () => {
  it('acts on a code that is open, and says which other codes it did not act on', () => {
    expect(checkReplyCode({ code: 3 }, open)).toEqual({ kind: 'act', code: 3, ignoredCodes: [] });
    expect(checkReplyCode({ code: 3, otherCodes: [5, 3] }, open)).toEqual({ kind: 'act', code: 3, ignoredCodes: [5] });
  });

  it('does not act on a code that is not open, and lists the open ones', () => {
    expect(checkReplyCode({ code: 99 }, open)).toEqual({ kind: 'unknown-code', code: 99, open });
  });

  it('acts on a bare answer only when exactly one case is open', () => {
    expect(checkReplyCode({}, [open[0]])).toEqual({ kind: 'act', ignoredCodes: [] });
    expect(checkReplyCode({}, open)).toEqual({ kind: 'which-code', open });
  });

  it('says so when nothing is open, with or without a code', () => {
    expect(checkReplyCode({}, [])).toEqual({ kind: 'no-open-case' });
    expect(checkReplyCode({ code: 1 }, [])).toEqual({ kind: 'no-open-case' });
  });
});
