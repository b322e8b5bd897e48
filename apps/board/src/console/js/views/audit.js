// For admins: who opened which reporter's details (filterable by user), and whether the audit log's
// hash chain still holds.

import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { t } from '../i18n.js';

export function auditView() {
  const list = h('tbody');
  const out = h('p', { class: 'out', role: 'status' });
  const chain = h('p', { class: 'chain' });
  const who = h('select', { name: 'user', onchange: () => void load() }, h('option', { value: '' }, t('audit.everyone')));

  async function load() {
    try {
      const views = await api(`/v1/audit/reporter-views${who.value ? `?user=${encodeURIComponent(who.value)}` : ''}`);
      out.textContent = views.length ? '' : t('audit.none');
      clear(list).append(...views.map((v) => h('tr', {},
        h('td', {}, new Date(v.at).toLocaleString()), h('td', {}, v.userName ?? v.userId), h('td', {}, v.role ?? ''),
        h('td', {}, v.incidentId ? h('a', { href: `#/incident/${encodeURIComponent(v.incidentId)}` }, v.caseRef ?? v.incidentId) : '—'),
        h('td', {}, v.tipId), h('td', {}, v.hadDetails ? t('audit.details') : t('audit.noDetails')))));
    } catch (err) {
      out.textContent = t('error.generic', { message: err.message });
    }
  }

  async function init() {
    try {
      const users = await api('/v1/users');
      who.append(...users.map((u) => h('option', { value: u.id }, `${u.name} (${u.email})`)));
      const c = await api('/v1/audit/chain');
      chain.textContent = c.broken ? t('audit.chainBroken', { entries: c.entries, seq: c.broken.seq, reason: c.broken.reason }) : t('audit.chainHolds', { entries: c.entries });
      chain.className = c.broken ? 'chain warn' : 'chain ok';
    } catch (err) {
      chain.textContent = t('error.generic', { message: err.message });
    }
    await load();
  }

  void init();
  return { el: h('div', { class: 'audit-page' }, h('h1', {}, t('audit.title')), chain,
    h('label', {}, `${t('audit.user')} `, who),
    h('table', { class: 'audit' }, h('thead', {}, h('tr', {}, ...['at', 'who', 'role', 'incident', 'tip', 'what'].map((k) => h('th', {}, t(`audit.${k}`))))), list), out) };
}
