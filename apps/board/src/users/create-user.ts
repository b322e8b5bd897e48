import { BadRequestException, ConflictException, Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Database } from '@rescue/persistence';
import { NewPassword } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { BoardUser } from '../auth/sessions';
import { BoardDirectory } from '../directory/board-directory';

export const NewUser = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email()),
    name: z.string().trim().min(1).max(200),
    password: NewPassword,
    role: z.enum(['admin', 'coordinator', 'operator', 'responder']),
    /** The directory's organisation id (e.g. `ngo-mae-sai`); it decides which incidents the user sees. */
    organization: z.string().trim().min(1).max(80).optional(),
    /** For a responder account: the directory responder it is (same organisation). */
    responderId: z.string().trim().min(1).max(80).optional(),
  })
  .strict()
  .refine((u) => u.organization || u.role === 'admin' || u.role === 'coordinator', {
    message: 'operators and responders belong to an organisation',
    path: ['organization'],
  })
  .refine((u) => !u.responderId || u.role === 'responder', { message: 'only a responder account stands for a directory responder', path: ['responderId'] });

/** An admin creates a board user with a role and an organisation of the directory. */
@Injectable()
export class CreateUser {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: BoardDirectory,
  ) {}

  async execute(admin: BoardUser, body: z.infer<typeof NewUser>): Promise<Omit<BoardUser, 'secondFactor'>> {
    const u = body;
    if (u.organization) await this.assertKnown(u.organization, u.responderId);
    const id = randomUUID();
    const passwordHash = await hashPassword(u.password);
    // The user and its audit row land together or not at all.
    await this.db.tx(async (client) => {
      const { rows } = await client.query(
        `INSERT INTO users (id, email, name, password_hash, role, organization, responder_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [id, u.email, u.name, passwordHash, u.role, u.organization ?? null, u.responderId ?? null],
      );
      if (!rows.length) throw new ConflictException(`a user with the email ${u.email} exists`);
      await client.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'user.created', $2, $3)`, [
        admin.id, `user:${id}`, { email: u.email, role: u.role, organization: u.organization ?? null, responderId: u.responderId ?? null },
      ]);
    });
    return { id, email: u.email, name: u.name, role: u.role, organization: u.organization ?? null, responderId: u.responderId ?? null };
  }

  /** A mistyped organisation would silently show the user no incidents at all (a wrong responder, someone else's contacts). */
  private async assertKnown(organization: string, responderId?: string): Promise<void> {
    const { directory } = await this.directory.current();
    const known = directory.organizations.map((o) => o.id);
    if (!known.includes(organization)) throw new BadRequestException(`organization: unknown organization "${organization}"; known: ${known.join(', ')}`);
    if (responderId && !directory.responders.some((r) => r.id === responderId && r.organization === organization)) {
      throw new BadRequestException(`responderId: no responder "${responderId}" in the organisation ${organization}`);
    }
  }
}
