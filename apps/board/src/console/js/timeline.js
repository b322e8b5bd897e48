// An incident's history in one list: the timeline the services recorded, and every alert with its delivery.

import { h } from './dom.js';
import { districtName } from './districts.js';
import { roleName, t } from './i18n.js';
import { formatTime } from './time.js';

function namesOf(incident) {
  const names = new Map();
  for (const a of incident.alerts ?? []) names.set(a.responderId, a.name);
  for (const r of incident.roles ?? []) if (r.acceptedBy && r.acceptedByName) names.set(r.acceptedBy, r.acceptedByName);
  return (id) => names.get(id) ?? id ?? '';
}

function describe(entry, who, alertsById) {
  const d = entry.detail ?? {};
  const role = d.role ? roleName(d.role) : '';
  switch (entry.kind) {
    case 'tip': return t('timeline.tip', { channel: d.channel, priority: d.priority ?? '' }) + (d.joinedBecause ? ` — ${t('timeline.joined', { reason: d.joinedBecause })}` : '');
    case 'tip-split-out': return t('timeline.tip-split-out', { who: d.byName ?? d.by, caseRef: d.intoCaseRef ?? d.into }) + (d.reason ? ` — ${d.reason}` : '');
    case 'split-from': return t('timeline.split-from', { who: d.byName ?? d.by, caseRef: d.fromCaseRef ?? d.from }) + (d.reason ? ` — ${d.reason}` : '');
    case 'accepted': case 'declined': case 'arrived': case 'released': case 'arrival-overdue': case 'accept-late':
      return t(`timeline.${entry.kind}`, { role, who: who(d.responderId) });
    case 'delivery-failed': {
      const alert = alertsById.get(d.alertId);
      return t('timeline.delivery-failed', { who: alert ? alert.name : d.alertId, channel: d.channel, error: d.error ?? d.status });
    }
    case 'resolved': return t('timeline.resolved', { outcome: t(`outcome.${d.outcome}`) }) + (d.note ? ` — ${d.note}` : '');
    case 'note': return t('timeline.note', { who: d.byName ?? d.by, text: d.text });
    case 'override': {
      const change = [
        d.from?.priority !== d.to?.priority ? `${d.from?.priority} → ${d.to?.priority}` : null,
        d.from?.district !== d.to?.district ? `${districtName(d.from?.district)} → ${districtName(d.to?.district)}` : null,
      ].filter(Boolean).join(', ');
      return t('timeline.override', { who: d.byName ?? d.by, change, reason: d.reason });
    }
    case 'reassigned': return t('timeline.reassigned', {
      role, who: d.byName ?? d.by, to: d.responderName ?? who(d.responderId),
      from: (d.from ?? []).length ? d.from.map(who).join(', ') : t('timeline.nobody'),
    });
    case 'merged-into': return t('timeline.merged-into', { who: d.byName ?? d.by, caseRef: d.intoCaseRef ?? d.into });
    case 'merged-from': return t('timeline.merged-from', { who: d.byName ?? d.by, caseRef: d.fromCaseRef ?? d.from, tips: d.tips ?? 0 });
    case 'redispatched': return t('timeline.redispatched', {
      change: `${d.from?.priority} ${districtName(d.from?.district)} → ${d.to?.priority} ${districtName(d.to?.district)}`,
      roles: d.started ? t('timeline.escalationStarted') : (d.roles ?? []).map(roleName).join(', '),
    });
    case 'action-refused': return t('timeline.action-refused', { action: t(`timeline.action.${d.action}`), who: d.byName ?? d.by, reason: d.reason });
    case 'no-policy': return t('timeline.no-policy', { district: districtName(d.district), priority: d.priority });
    case 'rescued-count': return t('timeline.rescued-count', { minors: d.minors ?? 0, adults: d.adults ?? 0 });
    case 'reopened': return t('timeline.reopened', { reason: d.reason ?? '' });
    case 'drill-started': return t('timeline.drill-started', { by: d.byName ?? d.by ?? '' });
    case 'reporter-details-erased': return t(`timeline.reporter-details-erased.${d.reason === 'request' ? 'request' : 'retention'}`);
    default: return t(`timeline.${entry.kind}`, { role, step: d.step ?? '' });
  }
}

export function timelineList(incident) {
  const who = namesOf(incident);
  const alertsById = new Map((incident.alerts ?? []).map((a) => [a.id, a]));
  const entries = [
    ...(incident.timeline ?? []).map((e) => ({ at: e.at, kind: e.kind, text: describe(e, who, alertsById) })),
    ...(incident.alerts ?? []).map((a) => ({
      at: a.createdAt,
      kind: a.kind === 'page' ? 'page' : 'notice',
      text: t(a.kind === 'page' ? 'timeline.page' : 'timeline.notice', { who: a.name, role: roleName(a.role), step: a.step, channel: a.channel.toUpperCase() })
        + (a.code ? ` · ACK ${a.code}` : '')
        + (a.deliveryStatus ? ` · ${t('timeline.delivery', { status: t(`delivery.${a.deliveryStatus}`) })}` : '')
        + (a.kind === 'page' ? ` · ${t(`alertState.${a.state}`)}` : ''),
      failed: a.deliveryStatus === 'failed' || a.deliveryStatus === 'undelivered',
    })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return h('ol', { class: 'timeline' }, entries.map((e) =>
    h('li', { class: `tl tl-${e.kind}${e.failed ? ' tl-failed' : ''}`, dataset: { kind: e.kind } },
      h('time', { datetime: e.at }, formatTime(e.at)), ' ', h('span', {}, e.text))));
}
