// Tips that were accepted from a reporter but that the system could not process: coordinators read
// them here and act by hand (the console raises an alarm when one arrives).

import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { t } from '../i18n.js';

export function deadLettersView() {
  const list = h('tbody');
  const out = h('p', { class: 'out', role: 'status' });

  async function load() {
    try {
      const tips = await api('/v1/dead-letters/tips');
      out.textContent = tips.length ? '' : t('deadLetters.none');
      clear(list).append(...tips.map((d) => h('tr', {},
        h('td', {}, new Date(d.deadLetteredAt).toLocaleString()), h('td', {}, d.channel ?? '—'), h('td', { class: 'text' }, d.text ?? '—'),
        h('td', {}, d.tipId ?? '—'), h('td', {}, d.reason))));
    } catch (err) {
      out.textContent = t('error.generic', { message: err.message });
    }
  }

  void load();
  return { el: h('div', { class: 'dead-letters-page' }, h('h1', {}, t('deadLetters.title')), h('p', {}, t('deadLetters.explain')),
    h('table', { class: 'dead-letters' }, h('thead', {}, h('tr', {}, ...['at', 'channel', 'text', 'tip', 'reason'].map((k) => h('th', {}, t(`deadLetters.${k}`))))), list), out) };
}
