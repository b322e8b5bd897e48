// For coordinators and admins: start a drill for a district and priority (it pages the real on-call
// people, every message marked as a drill) and read each drill's report: who answered, how fast, by
// which channel, and who never answered.

import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { districtName, districts } from '../districts.js';
import { roleName, t } from '../i18n.js';
import { formatTime } from '../time.js';

export function drillsView() {
  const district = h('select', { name: 'district', required: true }, ...districts().map((d) => h('option', { value: d.slug }, districtName(d.slug))));
  const priority = h('select', { name: 'priority' }, ...['P1', 'P2', 'P3'].map((p) => h('option', { value: p }, t(`priority.${p}`))));
  const out = h('p', { class: 'out', role: 'status' });
  const list = h('tbody');
  const report = h('section', { class: 'drill-report', 'aria-label': t('drills.report') });
  let timer;

  async function loadList() {
    const drills = await api('/v1/drills');
    clear(list).append(...drills.map((d) => h('tr', { dataset: { incidentId: d.incidentId } },
      h('td', {}, h('a', { href: `#/incident/${encodeURIComponent(d.incidentId)}` }, d.caseRef)),
      h('td', {}, districtName(d.district)), h('td', {}, d.priority), h('td', {}, formatTime(d.startedAt)),
      h('td', {}, d.startedBy ?? ''), h('td', { class: 'paged' }, String(d.paged)), h('td', { class: 'answered' }, String(d.answered)),
      h('td', {}, h('button', { type: 'button', onclick: () => void showReport(d.incidentId) }, t('drills.showReport'))))));
  }

  async function showReport(incidentId) {
    const r = await api(`/v1/drills/${encodeURIComponent(incidentId)}`);
    // A role that is only informed (not required) owes no answer: said so, and not listed as never answered.
    const answer = (p) => (p.answer
      ? `${t(`drills.answer.${p.answer.kind}`)} · ${(p.answer.channel ?? '').toUpperCase()} · ${t('drills.seconds', { s: p.answer.secondsToAnswer })}`
      : t(p.required ? 'drills.noAnswer' : 'drills.informed'));
    clear(report).append(
      h('h2', {}, `${t('drills.report')} ${r.caseRef}`),
      h('table', { class: 'drill-responders' },
        h('thead', {}, h('tr', {}, ...['who', 'role', 'step', 'paged', 'answer'].map((k) => h('th', {}, t(`drills.col.${k}`))))),
        h('tbody', {}, ...r.responders.map((p) => h('tr', { class: p.answer ? 'answered' : 'unanswered', dataset: { responderId: p.responderId } },
          h('td', {}, p.name), h('td', {}, roleName(p.role)), h('td', {}, String(p.step)), h('td', {}, formatTime(p.pagedAt)), h('td', {}, answer(p)))))),
      h('h3', {}, t('drills.neverAnswered')),
      h('ul', { class: 'never-answered' }, ...r.neverAnswered.map((id) => h('li', {}, r.responders.find((p) => p.responderId === id)?.name ?? id))),
    );
  }

  const form = h('form', { class: 'drill-start', onsubmit: async (e) => {
    e.preventDefault();
    out.textContent = '';
    try {
      const started = await api('/v1/drills', { method: 'POST', body: { district: district.value, priority: priority.value } });
      out.textContent = t('drills.started');
      await loadList();
      setTimeout(() => void showReport(started.incidentId).catch(() => {}), 1000);
    } catch (err) {
      out.textContent = t('error.generic', { message: err.message });
    }
  } },
    h('label', {}, `${t('reports.district')} `, district), h('label', {}, `${t('reports.priority')} `, priority),
    h('button', { type: 'submit', class: 'primary' }, t('drills.start')));

  void loadList().catch((err) => { out.textContent = t('error.generic', { message: err.message }); });
  timer = setInterval(() => void loadList().catch(() => {}), 5000);
  return {
    el: h('div', { class: 'drills-page' }, h('h1', {}, t('drills.title')), h('p', { class: 'muted' }, t('drills.help')), form, out,
      h('table', { class: 'drills' }, h('thead', {}, h('tr', {}, ...['case', 'district', 'priority', 'started', 'by', 'paged', 'answered', ''].map((k) => h('th', {}, k ? t(`drills.col.${k}`) : '')))), list),
      report),
    dispose: () => clearInterval(timer),
  };
}
