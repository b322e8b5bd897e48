import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';

/** The key id of records sealed before key ids existed (format v1), and the default current key id. */
export const LEGACY_KEY_ID = 'legacy';
const KEY_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** A record was sealed under a key that is not configured (any more): rotate before removing a key. */
export class UnknownSealingKeyError extends Error {
  constructor(readonly keyId: string) {
    super(`sealed under PII key id "${keyId}", which is not configured (PII_ENCRYPTION_KEY_ID / PII_ENCRYPTION_OLD_KEYS)`);
  }
}

export interface SealerKeys {
  /** The id of `base64Key`, the key new seals use. */
  keyId?: string;
  /** Keys still accepted for opening, by id. */
  oldKeys?: Record<string, string>;
  /** Which configured key (by id) computes pseudonyms; the current key when unset. */
  pseudonymKeyId?: string;
}

function decodeKey(base64Key: string, name: string): Buffer {
  const key = Buffer.from(base64Key, 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded`);
  return key;
}

function checkKeyId(id: string): string {
  if (!KEY_ID.test(id)) throw new Error(`PII key id "${id}" must be 1-40 letters, digits, - or _`);
  return id;
}

/** `"id:base64key,id2:base64key2"` (PII_ENCRYPTION_OLD_KEYS) as a record by id. */
export function parseOldKeys(list: string | undefined): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const entry of (list ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const at = entry.indexOf(':');
    if (at <= 0) throw new Error('PII_ENCRYPTION_OLD_KEYS: each entry is id:base64key');
    const id = checkKeyId(entry.slice(0, at).trim());
    if (id in keys) throw new Error(`PII_ENCRYPTION_OLD_KEYS: key id "${id}" given twice`);
    keys[id] = entry.slice(at + 1).trim();
  }
  return keys;
}

/** The PII key variables every service that seals or opens reads. */
export const PiiKeysConfig = z.object({
  PII_ENCRYPTION_KEY: z.string().min(1),
  /** The id of PII_ENCRYPTION_KEY, stored in every record it seals. */
  PII_ENCRYPTION_KEY_ID: z.string().regex(KEY_ID, '1-40 letters, digits, - or _').default(LEGACY_KEY_ID),
  /** Keys still accepted for opening during a rotation: `id:base64key,id2:base64key2`. */
  PII_ENCRYPTION_OLD_KEYS: z
    .string()
    .default('')
    .transform((list, ctx) => {
      try {
        return parseOldKeys(list);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    }),
  /** The key (by id) that computes reporter pseudonyms and STOP lists; keep it stable across rotations. */
  PII_PSEUDONYM_KEY_ID: z.string().default(''),
});

export function sealerFromConfig(config: z.infer<typeof PiiKeysConfig>): Sealer {
  return new Sealer(config.PII_ENCRYPTION_KEY, {
    keyId: config.PII_ENCRYPTION_KEY_ID,
    oldKeys: config.PII_ENCRYPTION_OLD_KEYS,
    pseudonymKeyId: config.PII_PSEUDONYM_KEY_ID || undefined,
  });
}

/** Which key id a sealed text was sealed under (v1 texts: LEGACY_KEY_ID), without opening it. */
export function sealedKeyId(sealed: string): string {
  const [version, keyId] = sealed.split('.', 2);
  if (version === 'v1') return LEGACY_KEY_ID;
  if (version === 'v2') return keyId;
  throw new Error('unknown sealing version');
}

/**
 * Reporter contact details are sealed as soon as intake receives them, so they are encrypted in
 * JetStream and PostgreSQL alike and only the board opens them for allowed roles.
 *
 * Envelope encryption (format v2): each seal draws its own random data key, encrypts the value with it
 * (AES-256-GCM) and stores that data key wrapped (AES-256-GCM) by the named key-encryption key, whose
 * id the record carries: `v2.<keyId>.<wrapIv>.<wrapTag>.<wrappedKey>.<iv>.<tag>.<body>`. The key id is
 * authenticated with both. Records of format v1 (before key ids) were sealed directly with the key
 * and belong to key id `legacy`. `npm run pii:rotate` re-seals everything under the current key.
 */
export class Sealer {
  readonly keyId: string;
  private readonly keys = new Map<string, Buffer>();
  private readonly pseudonymKey: Buffer;

  constructor(base64Key: string, options: SealerKeys = {}) {
    this.keyId = checkKeyId(options.keyId ?? LEGACY_KEY_ID);
    this.keys.set(this.keyId, decodeKey(base64Key, 'PII_ENCRYPTION_KEY'));
    for (const [id, key] of Object.entries(options.oldKeys ?? {})) {
      checkKeyId(id);
      const decoded = decodeKey(key, `PII_ENCRYPTION_OLD_KEYS (key id "${id}")`);
      if (id === this.keyId) {
        if (!decoded.equals(this.keys.get(id)!)) throw new Error(`PII key id "${id}" is both the current key and an old key, with different keys`);
        continue;
      }
      this.keys.set(id, decoded);
    }
    const pseudonymKeyId = options.pseudonymKeyId ?? this.keyId;
    const pseudonymKey = this.keys.get(pseudonymKeyId);
    if (!pseudonymKey) throw new Error(`PII_PSEUDONYM_KEY_ID "${pseudonymKeyId}" is neither PII_ENCRYPTION_KEY_ID nor in PII_ENCRYPTION_OLD_KEYS`);
    this.pseudonymKey = pseudonymKey;
  }

  /** The ids of every key this sealer can open with, the current one first. */
  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  seal(value: unknown): string {
    const aad = Buffer.from(`pii.v2.${this.keyId}`);
    const dataKey = randomBytes(32);
    const wrapIv = randomBytes(12);
    const wrap = createCipheriv('aes-256-gcm', this.keys.get(this.keyId)!, wrapIv).setAAD(aad);
    const wrapped = Buffer.concat([wrap.update(dataKey), wrap.final()]);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv).setAAD(aad);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return ['v2', this.keyId, wrapIv, wrap.getAuthTag(), wrapped, iv, cipher.getAuthTag(), body]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
      .join('.');
  }

  /** Throws UnknownSealingKeyError (naming the key id) when the record's key is not configured. */
  open<T = unknown>(sealed: string): T {
    const parts = sealed.split('.');
    const keyId = sealedKeyId(sealed);
    const kek = this.keys.get(keyId);
    if (!kek) throw new UnknownSealingKeyError(keyId);
    if (parts[0] === 'v1') {
      const [, iv, tag, body] = parts;
      return JSON.parse(decrypt(kek, iv, tag, body).toString('utf8')) as T;
    }
    if (parts.length !== 8) throw new Error('malformed sealed value');
    const [, , wrapIv, wrapTag, wrapped, iv, tag, body] = parts;
    const aad = Buffer.from(`pii.v2.${keyId}`);
    const dataKey = decrypt(kek, wrapIv, wrapTag, wrapped, aad);
    return JSON.parse(decrypt(dataKey, iv, tag, body, aad).toString('utf8')) as T;
  }

  /** Opens and seals again under the current key (unchanged when it already is). */
  reseal(sealed: string): string {
    if (sealedKeyId(sealed) === this.keyId && sealed.startsWith('v2.')) return sealed;
    return this.seal(this.open(sealed));
  }

  /** A stable pseudonym for a contact (same reporter -> same key) that reveals nothing by itself. */
  pseudonym(contact: string): string {
    return createHmac('sha256', this.pseudonymKey).update(contact.trim().toLowerCase()).digest('base64url').slice(0, 22);
  }
}

function decrypt(key: Buffer, iv: string, tag: string, body: string, aad?: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]);
}
