import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { Clock } from '@rescue/platform';
import { BoardUser } from '../auth/sessions';
import { roleChainsOf } from './role-chains.sql';
import { scopeOf, visibleIncident } from './incident-visibility';
import { ResponderDirectory } from './responder-directory';

const OPEN = ['triggered', 'acknowledged'];
const ALL = ['triggered', 'acknowledged', 'resolved', 'review'];

/** Reads for the board. Every read is scoped: a user sees the incidents their organisation is part of. */
@Injectable()
export class IncidentQueries {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: ResponderDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * Sorted as the board shows them: priority first, then the longest waiting. `ids` narrows it to
   * those incidents (any state unless `status` says): the board refreshes the cards an event touched
   * in one request rather than one incident page each.
   */
  async list(user: BoardUser, status: string | undefined, ids?: string[]) {
    const states = status === 'open' ? OPEN : status ? status.split(',') : ALL;
    return this.db.query(
      `SELECT i.id, i.state, i.priority, i.district, i.minors, i.cross_border AS "crossBorder", i.summary,
              i.case_ref AS "caseRef", i.opened_at AS "openedAt", i.updated_at AS "updatedAt", i.drill,
              COALESCE(c.step, 0) AS step, c."nextDeadlineAt", COALESCE(c.roles, '[]'::json) AS roles
         FROM incidents i
         LEFT JOIN LATERAL (
           SELECT max(rc.step) AS step, min(rc."deadlineAt") FILTER (WHERE rc.state = 'pending') AS "nextDeadlineAt",
                  json_agg(rc ORDER BY rc.role) AS roles
             FROM (${roleChainsOf('i.id')}) rc) c ON true
        WHERE i.state = ANY($1) AND ($4::text[] IS NULL OR i.id = ANY($4)) AND ${visibleIncident('i', '$2', '$3')}
        ORDER BY i.priority, i.opened_at
        LIMIT 1000`,
      [states, scopeOf(user), user.id, ids ?? null],
    );
  }

  async get(user: BoardUser, id: string) {
    await this.assertVisible(user, id);
    const [incident, roles, alerts, timeline, tips] = await Promise.all([
      this.db.one(
        `SELECT i.id, i.state, i.priority, i.district, i.minors, i.cross_border AS "crossBorder", i.summary,
                i.case_ref AS "caseRef", i.opened_at AS "openedAt", i.updated_at AS "updatedAt", i.resolved_at AS "resolvedAt",
                i.drill, i.outcome, i.policy->>'id' AS "policyId", i.merged_into AS "mergedInto",
                (SELECT m.case_ref FROM incidents m WHERE m.id = i.merged_into) AS "mergedIntoCaseRef",
                COALESCE((SELECT json_agg(json_build_object('id', d.id, 'caseRef', d.case_ref) ORDER BY d.resolved_at)
                            FROM incidents d WHERE d.merged_into = i.id), '[]'::json) AS merged
           FROM incidents i WHERE i.id = $1`,
        [id],
      ),
      this.db.query(`${roleChainsOf('$1')} ORDER BY r.role`, [id]),
      this.db.query(
        `SELECT a.id, a.role, a.step, a.responder_id AS "responderId", p.name, p.organization, a.channel,
                a.to_address AS "to", a.kind, a.code, a.notice, a.state, a.delivery_status AS "deliveryStatus",
                a.delivery_error AS "deliveryError", a.created_at AS "createdAt", a.updated_at AS "updatedAt"
           FROM alerts a JOIN responders p ON p.id = a.responder_id WHERE a.incident_id = $1 ORDER BY a.created_at, a.id`,
        [id],
      ),
      this.db.query(`SELECT at, kind, detail FROM timeline WHERE incident_id = $1 ORDER BY at, id`, [id]),
      // Reporter details stay sealed here: they are opened one tip at a time, audited (GET /v1/tips/:id/reporter).
      // With the tips of duplicates merged into it (and into those), each saying where it came from.
      this.db.query(
        `WITH RECURSIVE family AS (
           SELECT $1::text AS id UNION SELECT m.id FROM incidents m JOIN family f ON m.merged_into = f.id)
         SELECT t.id AS "tipId", t.received_at AS "receivedAt", t.channel, t.language, t.text, t.location, t.triage,
                t.callback_allowed AS "callbackAllowed", t.reporter_sealed IS NOT NULL AS "hasReporter",
                CASE WHEN t.incident_id <> $1 THEN json_build_object('id', i.id, 'caseRef', i.case_ref) END AS "mergedFrom"
           FROM family f JOIN tips t ON t.incident_id = f.id JOIN incidents i ON i.id = t.incident_id
          ORDER BY t.received_at`,
        [id],
      ),
    ]);
    const step = roles.reduce((max: number, r: { step: number }) => Math.max(max, r.step), 0);
    const pending = roles.filter((r: any) => r.state === 'pending' && r.deadlineAt).map((r: any) => new Date(r.deadlineAt).getTime());
    const nextDeadlineAt = pending.length ? new Date(Math.min(...pending)).toISOString() : null;
    return { ...incident, step, nextDeadlineAt, roles, alerts, timeline, tips };
  }

  /** The directory's responders of `role`, on call for the incident's district first, with what they were paged. */
  async reassignCandidates(id: string, role: string | undefined) {
    if (!role) throw new BadRequestException('role: give the role to reassign (e.g. ?role=police)');
    const [incident, paged] = await Promise.all([
      this.db.one<{ district: string }>('SELECT district FROM incidents WHERE id = $1', [id]),
      this.db.query<{ responder_id: string; state: string }>(
        `SELECT DISTINCT ON (responder_id) responder_id, state FROM alerts
          WHERE incident_id = $1 AND role = $2 AND kind = 'page' ORDER BY responder_id, step DESC, updated_at DESC`,
        [id, role],
      ),
    ]);
    if (!incident) throw new NotFoundException(`no incident ${id}`);
    const pagedState = new Map(paged.map((p) => [p.responder_id, p.state]));
    return (await this.directory.candidates(role, incident.district, this.clock.now())).map((c) => ({ ...c, paged: pagedState.get(c.responderId) ?? null }));
  }

  async tip(user: BoardUser, tipId: string) {
    const tip = await this.db.one(`SELECT id, incident_id, triage FROM tips WHERE id = $1`, [tipId]);
    if (!tip) throw new NotFoundException(`no tip ${tipId} (yet: triage may still be working on it)`);
    await this.assertVisible(user, tip.incident_id); // same visibility as its incident
    const t = tip.triage ?? {};
    return {
      tipId: tip.id,
      incidentId: tip.incident_id,
      triage: { priority: t.priority, district: t.district, minors: t.minors, crossBorder: t.crossBorder, indicators: t.indicators, explanation: t.explanation },
    };
  }

  /** 404 for an incident that does not exist, 403 for one the user's organisation is not part of. */
  async assertVisible(user: BoardUser, id: string): Promise<void> {
    const row = await this.db.one(`SELECT ${visibleIncident('i', '$2', '$3')} AS visible FROM incidents i WHERE i.id = $1`, [id, scopeOf(user), user.id]);
    if (!row) throw new NotFoundException(`no incident ${id}`);
    if (!row.visible) throw new ForbiddenException('this incident is not shared with your organisation');
  }

  /** Whether the user may see the incident (for filtering the live event stream), without throwing. */
  async isVisible(user: BoardUser, id: string): Promise<boolean> {
    if (scopeOf(user) === null) return true;
    const row = await this.db.one(`SELECT ${visibleIncident('i', '$2', '$3')} AS visible FROM incidents i WHERE i.id = $1`, [id, scopeOf(user), user.id]);
    return Boolean(row?.visible);
  }
}
