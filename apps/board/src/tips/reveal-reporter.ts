import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { Reporter } from '@rescue/contracts';
import { Database } from '@rescue/persistence';
import { Sealer, UnknownSealingKeyError } from '@rescue/platform';
import { BoardUser } from '../auth/sessions';
import { IncidentQueries } from '../incidents/incident-queries';

/**
 * Opens a tip's sealed reporter details for a user allowed to see them. Each opening is written to
 * the audit log before the details leave, so no view goes unrecorded.
 */
@Injectable()
export class RevealReporter {
  private readonly logger = new Logger(RevealReporter.name);

  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly sealer: Sealer,
    private readonly incidents: IncidentQueries,
  ) {}

  async execute(user: BoardUser, tipId: string) {
    const tip = await this.db.one(
      `SELECT id, incident_id, reporter_sealed, callback_allowed, reporter_erased_at FROM tips WHERE id = $1`,
      [tipId],
    );
    if (!tip) throw new NotFoundException(`no tip ${tipId}`);
    await this.incidents.assertVisible(user, tip.incident_id);
    let reporter: Reporter | null = null;
    try {
      reporter = tip.reporter_sealed ? this.sealer.open<Reporter>(tip.reporter_sealed) : null;
    } catch (err) {
      if (!(err instanceof UnknownSealingKeyError)) throw err;
      // The key was removed before `npm run pii:rotate` re-sealed this record: unavailable, not a 500.
      this.logger.error(`tip ${tipId}: ${err.message}`);
      await this.db.query(
        `INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'reporter.unavailable', $2, $3)`,
        [user.id, `tip:${tipId}`, { incidentId: tip.incident_id, email: user.email, role: user.role, keyId: err.keyId }],
      );
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `reporter details are unavailable: they are sealed under key id "${err.keyId}", which is no longer configured`,
        keyId: err.keyId,
      });
    }
    await this.db.query(
      `INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, 'reporter.viewed', $2, $3)`,
      [user.id, `tip:${tipId}`, { incidentId: tip.incident_id, email: user.email, role: user.role, hadDetails: Boolean(reporter) }],
    );
    // `erasedAt`: retention or an admin erased them (the reporter is null from then on).
    return { tipId, incidentId: tip.incident_id, callbackAllowed: tip.callback_allowed, reporter, erasedAt: tip.reporter_erased_at ? new Date(tip.reporter_erased_at).toISOString() : null };
  }
}
