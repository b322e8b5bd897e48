import { LEGACY_KEY_ID, parseOldKeys, PiiKeysConfig, Sealer, sealedKeyId, sealerFromConfig, UnknownSealingKeyError } from './sealing';
import { productionSecretProblems, DEVELOPMENT_SECRETS } from './production-secrets';
import { createCipheriv, randomBytes } from 'node:crypto';

const key = Buffer.alloc(32, 7).toString('base64');
const keyA = Buffer.alloc(32, 1).toString('base64');
const keyB = Buffer.alloc(32, 2).toString('base64');

/** A value as the Sealer sealed it before key ids (format v1: AES-256-GCM directly under the key). */
function sealV1(base64Key: string, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(base64Key, 'base64'), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.');
}

describe('Sealer', () => {
  const sealer = new Sealer(key);

  it('opens what it sealed, and the sealed text reveals nothing of it', () => {
    const sealed = sealer.seal({ phone: '+66812345678', name: 'Malee' });
    expect(sealed).not.toContain('66812345678');
    expect(sealed).not.toContain('Malee');
    expect(sealer.open(sealed)).toEqual({ phone: '+66812345678', name: 'Malee' });
  });

  it('carries the key id in each record, with a data key of its own per record', () => {
    const a = new Sealer(keyA, { keyId: 'a' });
    const one = a.seal({ phone: '+66812345678' });
    const two = a.seal({ phone: '+66812345678' });
    expect(sealedKeyId(one)).toBe('a');
    expect(one.split('.')[0]).toBe('v2');
    expect(one.split('.')[4]).not.toBe(two.split('.')[4]); // the wrapped data keys differ
    expect(sealer.keyId).toBe(LEGACY_KEY_ID);
  });

  it('opens records of an old key while sealing new ones under the current key', () => {
    const aSealed = new Sealer(keyA, { keyId: 'a' }).seal({ phone: '+6611' });
    const rotating = new Sealer(keyB, { keyId: 'b', oldKeys: { a: keyA } });
    expect(rotating.open(aSealed)).toEqual({ phone: '+6611' });
    const bSealed = rotating.seal({ phone: '+6622' });
    expect(sealedKeyId(bSealed)).toBe('b');
    const resealed = rotating.reseal(aSealed);
    expect(sealedKeyId(resealed)).toBe('b');
    expect(new Sealer(keyB, { keyId: 'b' }).open(resealed)).toEqual({ phone: '+6611' });
    expect(rotating.reseal(bSealed)).toBe(bSealed);
  });

  it('opens records sealed before key ids (v1) as key id "legacy"', () => {
    const old = sealV1(keyA, { lineUserId: 'U123' });
    expect(sealedKeyId(old)).toBe('legacy');
    expect(new Sealer(keyA).open(old)).toEqual({ lineUserId: 'U123' });
    const rotating = new Sealer(keyB, { keyId: 'b', oldKeys: { legacy: keyA } });
    expect(rotating.open(old)).toEqual({ lineUserId: 'U123' });
    expect(sealedKeyId(rotating.reseal(old))).toBe('b');
  });

  it('fails with the key id once that key is removed', () => {
    const aSealed = new Sealer(keyA, { keyId: 'a' }).seal({ phone: '+6611' });
    const onlyB = new Sealer(keyB, { keyId: 'b' });
    expect(() => onlyB.open(aSealed)).toThrow(UnknownSealingKeyError);
    expect(() => onlyB.open(aSealed)).toThrow(/key id "a".*not configured/);
    expect(() => onlyB.open(sealV1(keyA, {}))).toThrow(/key id "legacy"/);
  });

  it('refuses a tampered or foreign ciphertext', () => {
    const sealed = sealer.seal({ phone: '+66812345678' });
    const parts = sealed.split('.');
    for (const at of [4, 7]) {
      const copy = [...parts];
      const flipped = Buffer.from(copy[at], 'base64');
      flipped[0] ^= 1;
      copy[at] = flipped.toString('base64');
      expect(() => sealer.open(copy.join('.'))).toThrow(/unable to authenticate|unsupported state/i);
    }
    // The key id is authenticated: relabelling a record under another configured key fails too.
    const two = new Sealer(key, { keyId: 'x', oldKeys: { y: key } });
    const relabelled = two.seal({ a: 1 }).replace(/^v2\.x\./, 'v2.y.');
    expect(() => two.open(relabelled)).toThrow();
    expect(() => new Sealer(Buffer.alloc(32, 9).toString('base64')).open(sealed)).toThrow();
  });

  it('gives the same pseudonym for the same contact, another for another, from the key chosen for them', () => {
    expect(sealer.pseudonym('+66812345678')).toBe(sealer.pseudonym(' +66812345678 '));
    expect(sealer.pseudonym('+66812345678')).not.toBe(sealer.pseudonym('+66812345679'));
    const before = new Sealer(keyA).pseudonym('+6611');
    expect(new Sealer(keyB, { keyId: 'b', oldKeys: { legacy: keyA }, pseudonymKeyId: 'legacy' }).pseudonym('+6611')).toBe(before);
    expect(() => new Sealer(keyB, { keyId: 'b', pseudonymKeyId: 'legacy' })).toThrow(/PII_PSEUDONYM_KEY_ID/);
  });

  it('insists on 32-byte keys and sane key ids', () => {
    expect(() => new Sealer(Buffer.alloc(16).toString('base64'))).toThrow(/32 bytes/);
    expect(() => new Sealer(keyB, { oldKeys: { a: Buffer.alloc(16).toString('base64') } })).toThrow(/key id "a".*32 bytes/);
    expect(() => new Sealer(keyB, { keyId: 'b.c' })).toThrow(/key id/);
  });

  it('reads its keys from the environment variables', () => {
    const config = PiiKeysConfig.parse({ PII_ENCRYPTION_KEY: keyB, PII_ENCRYPTION_KEY_ID: 'b', PII_ENCRYPTION_OLD_KEYS: `a:${keyA}, legacy:${key}` });
    const s = sealerFromConfig(config);
    expect(s.keyIds).toEqual(['b', 'a', 'legacy']);
    expect(parseOldKeys('')).toEqual({});
    expect(PiiKeysConfig.safeParse({ PII_ENCRYPTION_KEY: keyB, PII_ENCRYPTION_OLD_KEYS: 'nocolon' }).success).toBe(false);
    expect(PiiKeysConfig.parse({ PII_ENCRYPTION_KEY: keyB }).PII_ENCRYPTION_KEY_ID).toBe('legacy');
  });

  it('is refused the development key among the old keys in production', () => {
    const env = { NODE_ENV: 'production', PII_ENCRYPTION_KEY: keyB, PII_ENCRYPTION_OLD_KEYS: `legacy:${DEVELOPMENT_SECRETS.PII_ENCRYPTION_KEY}` };
    expect(productionSecretProblems(['PII_ENCRYPTION_KEY', 'PII_ENCRYPTION_OLD_KEYS'], env)).toEqual([
      expect.stringMatching(/^PII_ENCRYPTION_OLD_KEYS: holds a development value/),
    ]);
    expect(productionSecretProblems(['PII_ENCRYPTION_KEY', 'PII_ENCRYPTION_OLD_KEYS'], { ...env, PII_ENCRYPTION_OLD_KEYS: `a:${keyA}` })).toEqual([]);
  });
});
