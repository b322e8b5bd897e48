import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Database } from '@rescue/persistence';
import { parseBody } from '@rescue/platform';
import { hashPassword } from '../auth/passwords';
import { BoardUser } from '../auth/sessions';

const NewUser = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email()),
    name: z.string().trim().min(1).max(200),
    password: z.string().min(8, 'must be at least 8 characters').max(200),
    role: z.enum(['admin', 'coordinator', 'operator', 'responder']),
    /** The directory's organisation id (e.g. `ngo-mae-sai`); it decides which incidents the user sees. */
    organization: z.string().trim().min(1).max(80).optional(),
  })
  .strict()
  .refine((u) => u.organization || u.role === 'admin' || u.role === 'coordinator', {
    message: 'operators and responders belong to an organisation',
    path: ['organization'],
  });

/** An admin creates a board user with a role and an organisation. */
@Injectable()
export class CreateUser {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute(admin: BoardUser, body: unknown): Promise<BoardUser> {
    const u = parseBody(NewUser, body);
    const id = randomUUID();
    const rows = await this.db.query(
      `INSERT INTO users (id, email, name, password_hash, role, organization) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [id, u.email, u.name, await hashPassword(u.password), u.role, u.organization ?? null],
    );
    if (!rows.length) throw new ConflictException(`a user with the email ${u.email} exists`);
    await this.db.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'user.created', $2, $3)`, [
      admin.id, `user:${id}`, { email: u.email, role: u.role, organization: u.organization ?? null },
    ]);
    return { id, email: u.email, name: u.name, role: u.role, organization: u.organization ?? null };
  }
}
