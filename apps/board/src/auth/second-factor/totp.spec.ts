import { authenticator } from 'otplib';
import { acceptedStep, looksLikeTotp, totpUri } from './totp';

const secret = authenticator.generateSecret(20);
const at = new Date('2026-12-07T08:00:10Z');
const step = Math.floor(at.getTime() / 30_000);
const codeOf = (s: number) => authenticator.clone({ epoch: s * 30_000 }).generate(secret);

describe('TOTP codes', () => {
  it('accepts the code of this step and of one step either side (a phone clock off by up to 30 s), not two', () => {
    expect(acceptedStep(secret, codeOf(step), at, null)).toBe(step);
    expect(acceptedStep(secret, codeOf(step - 1), at, null)).toBe(step - 1);
    expect(acceptedStep(secret, codeOf(step + 1), at, null)).toBe(step + 1);
    expect(acceptedStep(secret, codeOf(step - 2), at, null)).toBeUndefined();
    expect(acceptedStep(secret, codeOf(step + 2), at, null)).toBeUndefined();
  });

  it('never accepts a step already used, nor one before it', () => {
    expect(acceptedStep(secret, codeOf(step), at, step)).toBeUndefined();
    expect(acceptedStep(secret, codeOf(step - 1), at, step)).toBeUndefined();
    expect(acceptedStep(secret, codeOf(step + 1), at, step)).toBe(step + 1);
  });

  it('takes "123 456" as typed from the app, and refuses what is not six digits', () => {
    const code = codeOf(step);
    expect(acceptedStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, at, null)).toBe(step);
    expect(looksLikeTotp('12345')).toBe(false);
    expect(looksLikeTotp('abcdef')).toBe(false);
    expect(acceptedStep(secret, 'abcdef', at, null)).toBeUndefined();
  });

  it('gives authenticator apps an otpauth URI with the issuer and the account', () => {
    expect(totpUri('admin@example.org', secret)).toMatch(/^otpauth:\/\/totp\/Rescue%20Alert:admin%40example\.org\?secret=[A-Z2-7]+.*issuer=Rescue%20Alert/);
  });
});
