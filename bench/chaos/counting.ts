import { deliveredAlertId, System } from '../../test/support/system';
import { answerPlan } from './responders';
import { MARKER_PATTERN, SentTip } from './tip-stream';

/** One scenario's figures, from what the client saw, PostgreSQL (the system of record) and the sandbox. */
export interface Counts {
  sent: number;
  /** 2xx: intake said the tip is stored. */
  accepted: number;
  /** 503, or intake unreachable: the client knows to send it again. */
  refused: number;
  /** Any other answer (reported, not expected). */
  otherAnswers: number;
  /** Tips with the run's marker in PostgreSQL (a refused tip may have been stored all the same). */
  stored: number;
  incidents: number;
  /** Incidents at least one of whose pages reached a phone. */
  paged: number;
  /** Accepted tips that did not end as a paged incident, by where they stopped. */
  lost: number;
  lostDetail: { notStored: number[]; notTriaged: number[]; notPaged: number[] };
  /** A tip stored twice (two rows with one marker) would open two incidents. */
  duplicateTips: number;
  /** Alerts (pages and notices) that reached a phone more than once. */
  duplicateDeliveries: number;
  /** Pages of a later step than the one a role was accepted at: created, and received by a phone. */
  laterStepPagesCreatedAfterAck: number;
  laterStepPagesAfterAck: number;
  /** Required chains of open incidents that neither ended accepted nor exhausted. */
  deadlinesLost: number;
  /** Required chains of the incidents nobody answered that did not escalate to their end. */
  unansweredNotExhausted: number;
  rolesAccepted: number;
  rolesExhausted: number;
  /** From the fault until the last tip that felt it (refused, or paged late) was paged; undefined without a fault. */
  recoveryMs?: number;
  /** Tip accepted -> first page at a phone, before the fault (or overall): the yardstick for "late". */
  baselineMedianMs?: number;
}

/** The figures that must be zero. */
export const ZERO_TARGETS = ['lost', 'duplicateTips', 'duplicateDeliveries', 'laterStepPagesCreatedAfterAck', 'laterStepPagesAfterAck', 'deadlinesLost', 'unansweredNotExhausted'] as const;

export function missedTargets(c: Counts): string[] {
  return ZERO_TARGETS.filter((k) => c[k] !== 0).map((k) => `${k} = ${c[k]}`);
}

const isAccepted = (t: SentTip) => t.status >= 200 && t.status < 300;
const isRefused = (t: SentTip) => t.status === 503 || t.status === 0;

export async function count(system: System, sent: SentTip[], faultAt?: number): Promise<Counts> {
  const tips = await system.sql<{ tip_index: number; incident_id: string | null }>(
    `SELECT substring(text from $1)::int - 1000 AS tip_index, incident_id FROM tips WHERE text ~ $1`,
    [MARKER_PATTERN],
  );
  const incidentIds = [...new Set(tips.map((t) => t.incident_id).filter((i): i is string => Boolean(i)))];
  const roles = await system.sql<{ incident_id: string; role: string; state: string; step: number; open: boolean }>(
    `SELECT r.incident_id, r.role, r.state, r.step, i.state IN ('triggered', 'acknowledged') AS open
       FROM incident_roles r JOIN incidents i ON i.id = r.incident_id WHERE r.required AND r.incident_id = ANY($1)`,
    [incidentIds],
  );
  const alerts = await system.sql<{ id: string; incident_id: string; role: string; step: number; kind: string }>(
    `SELECT id, incident_id, role, step, kind FROM alerts WHERE incident_id = ANY($1)`,
    [incidentIds],
  );
  const messages = await system.allMessages();

  const alertById = new Map(alerts.map((a) => [a.id, a]));
  const deliveries = new Map<string, number>();
  const firstPageAt = new Map<string, number>(); // incident -> first page at a phone
  for (const m of messages) {
    const alert = alertById.get(deliveredAlertId(m) ?? '');
    if (!alert) continue;
    deliveries.set(alert.id, (deliveries.get(alert.id) ?? 0) + 1);
    if (alert.kind === 'page') firstPageAt.set(alert.incident_id, Math.min(firstPageAt.get(alert.incident_id) ?? Infinity, Date.parse(m.at)));
  }

  const rowsByIndex = new Map<number, { incident_id: string | null }[]>();
  for (const t of tips) rowsByIndex.set(t.tip_index, [...(rowsByIndex.get(t.tip_index) ?? []), t]);
  const lostDetail = { notStored: [] as number[], notTriaged: [] as number[], notPaged: [] as number[] };
  for (const t of sent.filter(isAccepted)) {
    const rows = rowsByIndex.get(t.index) ?? [];
    if (!rows.length) lostDetail.notStored.push(t.index);
    else if (!rows[0].incident_id) lostDetail.notTriaged.push(t.index);
    else if (!firstPageAt.has(rows[0].incident_id)) lostDetail.notPaged.push(t.index);
  }

  // A chain keeps the step it was accepted at: a page of a later step was created after the ack.
  const acceptedStep = new Map(roles.filter((r) => r.state === 'accepted').map((r) => [`${r.incident_id} ${r.role}`, r.step]));
  const laterStep = alerts.filter((a) => a.kind === 'page' && a.step > (acceptedStep.get(`${a.incident_id} ${a.role}`) ?? Infinity));

  const tipIndexOfIncident = new Map<string, number>();
  for (const t of tips) if (t.incident_id) tipIndexOfIncident.set(t.incident_id, Math.min(tipIndexOfIncident.get(t.incident_id) ?? Infinity, t.tip_index));
  const unanswered = roles.filter((r) => answerPlan(tipIndexOfIncident.get(r.incident_id)!) === 'nobody');

  return {
    sent: sent.length,
    accepted: sent.filter(isAccepted).length,
    refused: sent.filter(isRefused).length,
    otherAnswers: sent.filter((t) => !isAccepted(t) && !isRefused(t)).length,
    stored: rowsByIndex.size,
    incidents: incidentIds.length,
    paged: firstPageAt.size,
    lost: lostDetail.notStored.length + lostDetail.notTriaged.length + lostDetail.notPaged.length,
    lostDetail,
    duplicateTips: tips.length - rowsByIndex.size,
    duplicateDeliveries: [...deliveries.values()].filter((n) => n > 1).length,
    laterStepPagesCreatedAfterAck: laterStep.length,
    laterStepPagesAfterAck: laterStep.filter((a) => deliveries.has(a.id)).length,
    deadlinesLost: roles.filter((r) => r.open && r.state === 'pending').length,
    unansweredNotExhausted: unanswered.filter((r) => r.state !== 'exhausted').length,
    rolesAccepted: roles.filter((r) => r.state === 'accepted').length,
    rolesExhausted: roles.filter((r) => r.state === 'exhausted').length,
    ...recovery(sent, (t) => {
      const incident = rowsByIndex.get(t.index)?.[0]?.incident_id;
      return incident ? firstPageAt.get(incident) : undefined;
    }, faultAt),
  };
}

/**
 * Recovery: a tip felt the fault if intake refused it after the fault began, or if it was paged
 * after the fault began and later than three times the median before it (at least 2 s after it was
 * posted). The system has recovered when the last such tip was paged (or refused).
 */
export function recovery(sent: SentTip[], pagedAt: (t: SentTip) => number | undefined, faultAt?: number): Pick<Counts, 'recoveryMs' | 'baselineMedianMs'> {
  const latencies = sent
    .filter((t) => isAccepted(t) && (faultAt === undefined || t.postedAt < faultAt))
    .map((t) => (pagedAt(t) ?? NaN) - t.postedAt)
    .filter((ms) => Number.isFinite(ms))
    .sort((a, b) => a - b);
  const baselineMedianMs = latencies.length ? latencies[Math.floor(latencies.length / 2)] : undefined;
  if (faultAt === undefined) return { baselineMedianMs };
  const late = Math.max(2000, 3 * (baselineMedianMs ?? 0));
  let recoveredAt = faultAt;
  for (const t of sent) {
    if (isRefused(t) && t.answeredAt >= faultAt) recoveredAt = Math.max(recoveredAt, t.answeredAt);
    const paged = pagedAt(t);
    if (isAccepted(t) && paged !== undefined && paged >= faultAt && paged - t.postedAt > late) recoveredAt = Math.max(recoveredAt, paged);
  }
  return { recoveryMs: recoveredAt - faultAt, baselineMedianMs };
}
