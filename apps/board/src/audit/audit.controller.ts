import { BadRequestException, Controller, Get, Inject, Query } from '@nestjs/common';
import { Summary } from '@rescue/platform';
import { Database, verifyAuditChain } from '@rescue/persistence';
import { Roles } from '../auth/auth.guard';

/** What admins read of the audit log: who opened which reporter's details, and whether the log is intact. */
@Controller('v1/audit')
@Roles('admin')
export class AuditController {
  constructor(@Inject(Database) private readonly db: Database) {}

  /** Newest first; `?user=<id>` for one user's reads, `?limit=` up to 1000 (default 200). */
  @Get('reporter-views')
  @Summary("Who opened which reporter's details, newest first")
  reporterViews(@Query('user') user?: string, @Query('limit') limit?: string) {
    const n = limit === undefined ? 200 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw new BadRequestException('limit: a whole number from 1 to 1000');
    return this.db.query(
      `SELECT a.at, a.actor AS "userId", u.name AS "userName", u.email, u.role, substring(a.subject from 5) AS "tipId",
              a.detail->>'incidentId' AS "incidentId", i.case_ref AS "caseRef", (a.detail->>'hadDetails')::boolean AS "hadDetails"
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor LEFT JOIN incidents i ON i.id = a.detail->>'incidentId'
        WHERE a.action = 'reporter.viewed' AND ($1::text IS NULL OR a.actor = $1)
        ORDER BY a.seq DESC LIMIT $2`,
      [user || null, n],
    );
  }

  /** The hash chain checked now (as `npm run audit:verify` does): entries, and the first broken link if any. */
  @Get('chain')
  @Summary("The audit log's hash chain checked now")
  chain() {
    return verifyAuditChain(this.db.pool);
  }
}
