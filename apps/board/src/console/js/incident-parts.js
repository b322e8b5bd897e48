// Pieces shown both on the board and on the incident page.

import { h } from './dom.js';
import { districtName } from './districts.js';
import { roleName, t } from './i18n.js';

export function priorityBadge(priority) {
  return h('span', { class: `badge prio-${priority}`, title: t(`priority.${priority}`) }, priority);
}

export function stateBadge(state) {
  return h('span', { class: `state state-${state}` }, t(`state.${state}`));
}

export function tags(incident) {
  return h('span', { class: 'tags' },
    incident.drill ? h('span', { class: 'tag tag-drill' }, t('tag.drill')) : null,
    incident.minors ? h('span', { class: 'tag tag-minors' }, t('tag.minors')) : null,
    incident.crossBorder ? h('span', { class: 'tag tag-border' }, t('tag.crossBorder', { country: t(`country.${incident.crossBorder}`) })) : null,
  );
}

export function heading(incident) {
  return [priorityBadge(incident.priority), ' ', h('strong', { class: 'district' }, districtName(incident.district))];
}

/** The earliest deadline of a pending chain: when the next escalation happens. */
export function nextDeadline(incident) {
  if (incident.nextDeadlineAt) return incident.nextDeadlineAt;
  const pending = (incident.roles ?? []).filter((r) => r.state === 'pending' && r.deadlineAt).map((r) => Date.parse(r.deadlineAt));
  return pending.length ? new Date(Math.min(...pending)).toISOString() : null;
}

/** Who is on it, one row per role chain: who was paged, who accepted, who is on site, and the countdown. */
export function roleChains(incident) {
  const roles = incident.roles ?? [];
  const closed = incident.state === 'resolved'; // its chains stopped where they were
  return h('table', { class: 'chains' },
    h('tbody', {}, roles.map((r) => {
      const paged = (r.paged ?? []).filter((p) => p.responderId !== r.acceptedBy);
      return h('tr', { class: `chain chain-${r.state}`, dataset: { role: r.role, roleState: r.state } },
        h('th', { scope: 'row' }, roleName(r.role), r.required ? null : h('span', { class: 'muted small info-role' }, ` (${t('chain.informational')})`)),
        h('td', { class: 'chain-state' }, t(`roleState.${closed && r.state === 'pending' ? 'stopped' : r.state}`, { step: r.step }),
          r.state === 'pending' && r.deadlineAt && !closed ? [' · ', h('span', { class: 'countdown', dataset: { until: r.deadlineAt } }, '')] : null),
        h('td', { class: 'chain-people' },
          r.acceptedBy
            ? [h('span', { class: 'accepted-by' }, `✔ ${r.acceptedByName ?? r.acceptedBy}`), ' ',
              r.arrivedAt ? h('span', { class: 'arrived' }, `· ${t('chain.arrived')}`) : h('span', { class: 'muted' }, `· ${t('chain.notArrived')}`)]
            : null,
          paged.length
            ? h('span', { class: 'paged' }, r.acceptedBy ? ' · ' : `${t('chain.paged')}: `,
              paged.map((p, i) => [i ? ', ' : '', h('span', { class: `who alert-${p.state}` }, p.name, ` (${t(`alertState.${p.state}`)})`)]))
            : r.acceptedBy ? null : h('span', { class: 'muted' }, t('chain.nobodyPaged')),
        ),
      );
    })),
  );
}
