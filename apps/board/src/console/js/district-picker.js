// A district combobox for a phone call: type Thai or English, arrows to move, Enter to choose.

import { h, clear } from './dom.js';
import { districtName, searchDistricts } from './districts.js';
import { lang, t } from './i18n.js';

let counter = 0;

export function districtPicker({ name = 'district', label }) {
  const listId = `district-options-${++counter}`;
  const hidden = h('input', { type: 'hidden', name, value: '' });
  const input = h('input', {
    type: 'text', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
    'aria-controls': listId, placeholder: t('tip.districtSearch'), class: 'district-input',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'options', hidden: true });
  let options = [];
  let active = -1;

  function choose(slug) {
    hidden.value = slug;
    input.value = slug ? districtName(slug) : '';
    input.dataset.slug = slug;
    close();
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  }

  function show() {
    const found = searchDistricts(input.value);
    options = [...found.map((d) => d.slug), 'unknown'];
    clear(list).append(...options.map((slug, i) => {
      const d = found.find((x) => x.slug === slug);
      const other = d ? (lang() === 'th' ? d.en : d.th) : '';
      return h('li', { role: 'option', id: `${listId}-${i}`, dataset: { slug }, 'aria-selected': String(i === active),
        class: i === active ? 'active' : '', onmousedown: (e) => { e.preventDefault(); choose(slug); } },
        districtName(slug), other ? h('span', { class: 'muted' }, ` · ${other}`) : null);
    }));
    if (!found.length) list.prepend(h('li', { class: 'muted' }, t('tip.noMatch')));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-activedescendant', active >= 0 ? `${listId}-${active}` : '');
  }

  input.addEventListener('input', () => {
    hidden.value = '';
    active = 0;
    show();
  });
  input.addEventListener('focus', show);
  input.addEventListener('blur', () => {
    // Leaving with a typed name that matches exactly one district chooses it.
    if (!hidden.value && input.value) {
      const found = searchDistricts(input.value);
      if (found.length === 1) choose(found[0].slug);
    }
    close();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) show();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      show();
    } else if (e.key === 'Enter' && !list.hidden && active >= 0 && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape') {
      close();
    }
  });

  const el = h('div', { class: 'combo' }, h('label', {}, label, input), list, hidden);
  return { el, input, value: () => hidden.value, reset: () => choose('') };
}
