// The live board: open incidents, most urgent and longest waiting first; a district map; alarms.

import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { districtName } from '../districts.js';
import { createDistrictMap } from '../district-map.js';
import { roleName, t } from '../i18n.js';
import { heading, nextDeadline, roleChains, stateBadge, tags } from '../incident-parts.js';
import { refreshClocks } from '../time.js';

const OPEN = new Set(['triggered', 'acknowledged']);
// Dispatch records replies and deliveries after it consumes them, so the board looks again a moment later.
const FOLLOW_UP_MS = 1200;
const SETTLE_MS = 80;

const byUrgency = (a, b) => (a.priority < b.priority ? -1 : a.priority > b.priority ? 1 : Date.parse(a.openedAt) - Date.parse(b.openedAt));

export function boardView({ live }) {
  const incidents = new Map();
  const cards = new Map();
  const scheduled = new Map();
  let selected = null;

  const list = h('div', { class: 'incident-list' });
  const count = h('span', { class: 'count' });
  const filterBar = h('p', { class: 'filter', hidden: true });
  const alarms = h('div', { class: 'alarms', role: 'alert' });
  const districtMap = createDistrictMap({ onSelect: (slug) => { selected = selected === slug ? null : slug; render(); } });
  const el = h('div', { class: 'board' },
    h('section', { class: 'board-main', 'aria-labelledby': 'board-title' },
      h('h1', { id: 'board-title' }, t('board.open'), ' ', count), alarms, filterBar, list),
    h('aside', { class: 'board-map' }, districtMap.el),
  );

  async function loadAll() {
    const rows = await api('/v1/incidents?status=open');
    incidents.clear();
    for (const row of rows) incidents.set(row.id, row);
    render();
  }

  async function refresh(id) {
    scheduled.delete(id);
    try {
      const incident = await api(`/v1/incidents/${encodeURIComponent(id)}`);
      if (OPEN.has(incident.state)) incidents.set(id, incident);
      else incidents.delete(id);
    } catch (err) {
      if (err.status === 403 || err.status === 404) incidents.delete(id);
      else return;
    }
    render();
  }

  function refreshSoon(id, delay = SETTLE_MS) {
    if (scheduled.has(`${id}@${delay}`)) return;
    scheduled.set(`${id}@${delay}`, setTimeout(() => { scheduled.delete(`${id}@${delay}`); void refresh(id); }, delay));
  }

  function cardOf(incident) {
    const deadline = nextDeadline(incident);
    return h('article', {
      class: `card prio-${incident.priority} card-${incident.state}`,
      dataset: { incidentId: incident.id, state: incident.state, priority: incident.priority },
    },
      h('header', {},
        h('a', { href: `#/incident/${encodeURIComponent(incident.id)}`, class: 'card-link' }, heading(incident)),
        ' ', tags(incident), ' ', stateBadge(incident.state),
        h('span', { class: 'case-ref muted' }, incident.caseRef ?? ''),
      ),
      incident.summary ? h('p', { class: 'summary' }, incident.summary) : null,
      h('p', { class: 'clocks' },
        h('span', {}, `${t('board.waiting')} `, h('span', { class: 'waiting', dataset: { since: incident.openedAt } }, '')),
        h('span', {}, `${t('board.nextEscalation')} `,
          deadline ? h('span', { class: 'countdown next', dataset: { until: deadline } }, '') : h('span', { class: 'muted next' }, t('board.noDeadline'))),
      ),
      roleChains(incident),
    );
  }

  function render() {
    const open = [...incidents.values()].sort(byUrgency);
    const shown = selected ? open.filter((i) => i.district === selected) : open;
    count.textContent = `(${open.length})`;
    filterBar.hidden = !selected;
    clear(filterBar).append(t('board.filtered', { district: districtName(selected) }), ' ',
      h('button', { type: 'button', class: 'link', onclick: () => { selected = null; render(); } }, t('board.showAll')));

    // Keyed update: only incidents whose data changed get a new card; the rest are just reordered.
    for (const [id, card] of cards) if (!incidents.has(id)) { card.remove(); cards.delete(id); }
    const fragment = document.createDocumentFragment();
    for (const incident of shown) {
      let card = cards.get(incident.id);
      if (!card || card.data !== incident) {
        card = Object.assign(cardOf(incident), { data: incident });
        cards.get(incident.id)?.remove();
        cards.set(incident.id, card);
      }
      fragment.append(card);
    }
    clear(list).append(fragment);
    if (!shown.length) list.append(h('p', { class: 'empty' }, t('board.none')));

    clear(alarms).append(...open.flatMap((i) => (i.roles ?? []).filter((r) => r.state === 'exhausted' && r.required).map((r) =>
      h('a', { class: 'alarm', href: `#/incident/${encodeURIComponent(i.id)}` },
        `${i.priority} · ${districtName(i.district)} · ${t('board.exhausted', { role: roleName(r.role) })}`))));
    districtMap.update(open, selected);
    refreshClocks();
  }

  const onReady = () => void loadAll();
  const onChange = (e) => {
    const { incidentId } = e.detail;
    if (!incidentId) return;
    refreshSoon(incidentId);
    if (!e.detail.subject.startsWith('incidents.opened')) refreshSoon(incidentId, FOLLOW_UP_MS);
  };
  live.addEventListener('ready', onReady);
  live.addEventListener('change', onChange);
  if (live.ready) void loadAll();

  return {
    el,
    dispose() {
      live.removeEventListener('ready', onReady);
      live.removeEventListener('change', onChange);
      for (const timer of scheduled.values()) clearTimeout(timer);
    },
  };
}
