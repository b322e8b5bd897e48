import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Reporter contact details are sealed (AES-256-GCM) as soon as intake receives them, so they are
 * encrypted in JetStream and PostgreSQL alike and only the board opens them for allowed roles.
 */
export class Sealer {
  private readonly key: Buffer;

  constructor(base64Key: string) {
    this.key = Buffer.from(base64Key, 'base64');
    if (this.key.length !== 32) throw new Error('PII_ENCRYPTION_KEY must be 32 bytes, base64-encoded');
  }

  seal(value: unknown): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.');
  }

  open<T = unknown>(sealed: string): T {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1') throw new Error('unknown sealing version');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as T;
  }

  /** A stable pseudonym for a contact (same reporter -> same key) that reveals nothing by itself. */
  pseudonym(contact: string): string {
    return createHmac('sha256', this.key).update(contact.trim().toLowerCase()).digest('base64url').slice(0, 22);
  }
}
