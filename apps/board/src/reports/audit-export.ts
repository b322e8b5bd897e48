import { Database } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';

/** Every export is audited before it leaves: who, which report, which filter, how many rows. */
export async function auditExport(
  db: Database,
  user: BoardUser,
  subject: string,
  what: { filter: object; organization: string | null; rows: number },
): Promise<void> {
  await db.query(`INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'report.exported', $2, $3)`, [
    user.id,
    subject,
    { email: user.email, role: user.role, ...what },
  ]);
}
