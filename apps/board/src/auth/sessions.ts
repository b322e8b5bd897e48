import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Database } from '@rescue/persistence';
import { BOARD_CONFIG, BoardConfig } from '../config';
import { hashPassword, verifyPassword } from './passwords';

export interface BoardUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'coordinator' | 'operator' | 'responder';
  organization: string | null;
  /** The directory responder a responder account stands for (it sees that responder's own contacts). */
  responderId: string | null;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Login sessions: random bearer tokens, stored hashed, that expire. */
@Injectable()
export class Sessions implements OnModuleInit {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(BOARD_CONFIG) private readonly config: BoardConfig,
  ) {}

  /** Verified against for an unknown email, so that a wrong login takes as long whether the account exists or not. */
  private dummyHash?: Promise<string>;

  /** The bootstrap admin from the environment exists from the first start. */
  async onModuleInit() {
    this.dummyHash = hashPassword(randomBytes(16).toString('base64'));
    const email = this.config.BOARD_BOOTSTRAP_ADMIN_EMAIL.toLowerCase();
    const exists = await this.db.one('SELECT 1 FROM users WHERE email = $1', [email]);
    if (exists) return;
    await this.db.query(
      `INSERT INTO users (id, email, name, password_hash, role) VALUES ($1, $2, 'Administrator', $3, 'admin') ON CONFLICT (email) DO NOTHING`,
      [randomUUID(), email, await hashPassword(this.config.BOARD_BOOTSTRAP_ADMIN_PASSWORD)],
    );
  }

  async login(email: string, password: string): Promise<{ token: string; user: BoardUser; expiresAt: Date } | undefined> {
    // A deactivated account answers like a wrong password: the login form tells an attacker nothing.
    const row = await this.db.one('SELECT * FROM users WHERE email = $1 AND deactivated_at IS NULL', [email.trim().toLowerCase()]);
    // The same scrypt work for an account that does not exist: the time says nothing about which emails do.
    const matches = await verifyPassword(password, row?.password_hash ?? (await (this.dummyHash ??= hashPassword('dummy'))));
    if (!row || !matches) return undefined;
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.BOARD_SESSION_TTL_MINUTES * 60_000);
    await this.db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [digest(token), row.id, expiresAt]);
    return { token, expiresAt, user: toUser(row) };
  }

  async userFor(token: string): Promise<BoardUser | undefined> {
    const row = await this.db.one(
      `SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now() AND u.deactivated_at IS NULL`,
      [digest(token)],
    );
    return row ? toUser(row) : undefined;
  }

  async logout(token: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [digest(token)]);
  }
}

function toUser(row: any): BoardUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role, organization: row.organization, responderId: row.responder_id ?? null };
}
