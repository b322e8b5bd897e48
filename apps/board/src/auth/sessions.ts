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
  /**
   * 'on' once an authenticator is set up; 'set-up-required' for a role that must have one and has
   * not yet (its session may do nothing but set it up); else 'off'.
   */
  secondFactor: 'on' | 'off' | 'set-up-required';
}

/** A board account as stored (the columns a login reads). */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: BoardUser['role'];
  organization: string | null;
  responder_id: string | null;
  password_hash: string;
  totp_enabled_at: Date | null;
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

  /** The account, if the password is its own. A deactivated account answers like a wrong password. */
  async checkPassword(email: string, password: string): Promise<UserRow | undefined> {
    const row = await this.db.one<UserRow>('SELECT * FROM users WHERE email = $1 AND deactivated_at IS NULL', [email.trim().toLowerCase()]);
    // The same scrypt work for an account that does not exist: the time says nothing about which emails do.
    const matches = await verifyPassword(password, row?.password_hash ?? (await (this.dummyHash ??= hashPassword('dummy'))));
    return row && matches ? row : undefined;
  }

  /** A session for the account the login just checked. */
  async start(row: UserRow): Promise<{ token: string; user: BoardUser; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.BOARD_SESSION_TTL_MINUTES * 60_000);
    await this.db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [digest(token), row.id, expiresAt]);
    return { token, expiresAt, user: this.toUser(row) };
  }

  async userFor(token: string): Promise<BoardUser | undefined> {
    const row = await this.db.one<UserRow>(
      `SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now() AND u.deactivated_at IS NULL`,
      [digest(token)],
    );
    return row ? this.toUser(row) : undefined;
  }

  async logout(token: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [digest(token)]);
  }

  /** Ends the user's sessions (all, or all but the one in use): after a new password or a new second factor. */
  async endAllOf(userId: string, except?: string): Promise<number> {
    const ended = await this.db.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2 RETURNING 1', [userId, except ? digest(except) : '']);
    return ended.length;
  }

  private toUser(row: UserRow): BoardUser {
    const secondFactor = row.totp_enabled_at ? 'on' : this.config.BOARD_SECOND_FACTOR_ROLES.includes(row.role) ? 'set-up-required' : 'off';
    return { id: row.id, email: row.email, name: row.name, role: row.role, organization: row.organization, responderId: row.responder_id ?? null, secondFactor };
  }
}
