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
  // Incidents an event touched, refreshed together: one request for a burst of events, not one each.
  const batches = new Map(); // delay -> { ids, timer }
  const appliedAt = new Map(); // incident id -> sequence of the last response applied
  let requests = 0;
  let renderQueued = false;
  let alarmsKey = '';
  let selected = null;

  const list = h('div', { class: 'incident-list' });
  const count = h('span', { class: 'count' });
  const filterBar = h('p', { class: 'filter', hidden: true });
  const alarms = h('div', { class: 'alarms', role: 'alert' });
  const empty = h('p', { class: 'empty' }, t('board.none'));
  const districtMap = createDistrictMap({ onSelect: (slug) => { selected = selected === slug ? null : slug; scheduleRender(); } });
  const el = h('div', { class: 'board' },
    h('section', { class: 'board-main', 'aria-labelledby': 'board-title' },
      h('h1', { id: 'board-title' }, t('board.open'), ' ', count), alarms, filterBar, list),
    h('aside', { class: 'board-map' }, districtMap.el),
  );

  async function loadAll() {
    const seq = ++requests;
    const rows = await api('/v1/incidents?status=open');
    incidents.clear();
    for (const row of rows) {
      incidents.set(row.id, row);
      appliedAt.set(row.id, seq);
    }
    scheduleRender();
  }

  async function refresh(ids) {
    const seq = ++requests;
    let rows;
    try {
      rows = await api(`/v1/incidents?ids=${ids.map(encodeURIComponent).join(',')}`);
    } catch {
      return; // the next event, or the reconnect's reload, brings it
    }
    const found = new Map(rows.map((r) => [r.id, r]));
    for (const id of ids) {
      if ((appliedAt.get(id) ?? 0) > seq) continue; // a later answer is already shown
      appliedAt.set(id, seq);
      const row = found.get(id);
      if (row && OPEN.has(row.state)) incidents.set(id, row);
      else incidents.delete(id); // closed, in review, or not visible to this user
    }
    scheduleRender();
  }

  function refreshSoon(id, delay = SETTLE_MS) {
    let batch = batches.get(delay);
    if (!batch) {
      batch = { ids: new Set(), timer: setTimeout(() => {
        batches.delete(delay);
        const ids = [...batch.ids];
        for (let i = 0; i < ids.length; i += 200) void refresh(ids.slice(i, i + 200));
      }, delay) };
      batches.set(delay, batch);
    }
    batch.ids.add(id);
  }

  function scheduleRender() {
    if (renderQueued) return;
    renderQueued = true;
    requestAnimationFrame(render);
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

  // Keyed and in place: only incidents whose data changed get a new card, and a card moves only when
  // its place in the order changed. With hundreds open, re-appending every card per event made the
  // browser restyle and lay out the whole list each time.
  function render() {
    renderQueued = false;
    const open = [...incidents.values()].sort(byUrgency);
    const shown = selected ? open.filter((i) => i.district === selected) : open;
    count.textContent = `(${open.length})`;
    filterBar.hidden = !selected;
    if (selected) {
      clear(filterBar).append(t('board.filtered', { district: districtName(selected) }), ' ',
        h('button', { type: 'button', class: 'link', onclick: () => { selected = null; scheduleRender(); } }, t('board.showAll')));
    }

    const shownIds = new Set(shown.map((i) => i.id));
    for (const [id, card] of cards) {
      if (!incidents.has(id)) { card.remove(); cards.delete(id); } else if (!shownIds.has(id)) card.remove();
    }
    const fresh = [];
    let cursor = list.firstElementChild;
    for (const incident of shown) {
      let card = cards.get(incident.id);
      if (!card || card.data !== incident) {
        const next = Object.assign(cardOf(incident), { data: incident });
        if (card?.parentNode === list) {
          if (cursor === card) cursor = next;
          card.replaceWith(next);
        }
        card = next;
        cards.set(incident.id, card);
        fresh.push(card);
      }
      if (card === cursor) cursor = cursor.nextElementSibling;
      else list.insertBefore(card, cursor);
    }
    while (cursor) {
      const next = cursor.nextElementSibling;
      cursor.remove();
      cursor = next;
    }
    if (!shown.length) list.append(empty);

    const exhausted = open.flatMap((i) => (i.roles ?? []).filter((r) => r.state === 'exhausted' && r.required).map((r) => [i, r]));
    const key = exhausted.map(([i, r]) => `${i.id}/${r.role}/${i.priority}/${i.district}`).join(' ');
    if (key !== alarmsKey) {
      alarmsKey = key;
      clear(alarms).append(...exhausted.map(([i, r]) =>
        h('a', { class: 'alarm', href: `#/incident/${encodeURIComponent(i.id)}` },
          `${i.priority} · ${districtName(i.district)} · ${t('board.exhausted', { role: roleName(r.role) })}`)));
    }
    districtMap.update(open, selected);
    refreshClocks(fresh);
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
      for (const batch of batches.values()) clearTimeout(batch.timer);
    },
  };
}
