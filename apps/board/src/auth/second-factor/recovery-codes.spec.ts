import { newRecoveryCodes, recoveryCodeHash } from './recovery-codes';

describe('recovery codes', () => {
  it('are ten different codes of the unambiguous alphabet, and typed in any case or spacing they match', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
    expect(recoveryCodeHash(codes[0].toUpperCase().replace('-', ' '))).toBe(recoveryCodeHash(codes[0]));
    expect(recoveryCodeHash(codes[0])).not.toBe(recoveryCodeHash(codes[1]));
  });
});
