import { Sealer } from './sealing';

const key = Buffer.alloc(32, 7).toString('base64');

describe('Sealer', () => {
  const sealer = new Sealer(key);

  it('opens what it sealed, and the sealed text reveals nothing of it', () => {
    const sealed = sealer.seal({ phone: '+66812345678', name: 'Malee' });
    expect(sealed).not.toContain('66812345678');
    expect(sealed).not.toContain('Malee');
    expect(sealer.open(sealed)).toEqual({ phone: '+66812345678', name: 'Malee' });
  });

  it('refuses a tampered or foreign ciphertext', () => {
    const sealed = sealer.seal({ phone: '+66812345678' });
    const [v, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64');
    flipped[0] ^= 1;
    expect(() => sealer.open([v, iv, tag, flipped.toString('base64')].join('.'))).toThrow();
    expect(() => new Sealer(Buffer.alloc(32, 9).toString('base64')).open(sealed)).toThrow();
  });

  it('gives the same pseudonym for the same contact, another for another', () => {
    expect(sealer.pseudonym('+66812345678')).toBe(sealer.pseudonym(' +66812345678 '));
    expect(sealer.pseudonym('+66812345678')).not.toBe(sealer.pseudonym('+66812345679'));
  });

  it('insists on a 32-byte key', () => {
    expect(() => new Sealer(Buffer.alloc(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
