// Admins create board users: a role (what they may do) and an organisation (which incidents they see).

import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { t } from '../i18n.js';

const ROLES = ['operator', 'coordinator', 'responder', 'admin'];

export function usersView() {
  const table = h('tbody');
  const out = h('p', { class: 'out', role: 'status' });
  const field = (name, attrs = {}) => h('input', { name, required: true, ...attrs });
  const inputs = {
    email: field('email', { type: 'email' }), name: field('name'), password: field('password', { type: 'password', minlength: 12, autocomplete: 'new-password' }),
    role: h('select', { name: 'role' }, ROLES.map((r) => h('option', { value: r }, t(`userRole.${r}`)))),
    organization: h('input', { name: 'organization', placeholder: 'ngo-mae-sai' }),
    // A responder account that stands for a directory responder sees that responder's own contacts.
    responderId: h('input', { name: 'responderId', placeholder: 'mae-sai-police-kanchana' }),
  };

  async function load() {
    const users = await api('/v1/users');
    clear(table).append(...users.map((u) => h('tr', { class: u.active ? '' : 'inactive' }, h('td', {}, u.email), h('td', {}, u.name), h('td', {}, t(`userRole.${u.role}`)),
      h('td', {}, u.organization ?? '—'), h('td', {}, t(u.active ? 'users.active' : 'users.inactive')), h('td', {}, toggle(u)))));
  }

  // Deactivating ends the user's sessions at once (a lost phone, a volunteer who left).
  function toggle(u) {
    const action = u.active ? 'deactivate' : 'reactivate';
    return h('button', { type: 'button', onclick: async () => {
      try {
        const result = await api(`/v1/users/${encodeURIComponent(u.id)}/${action}`, { method: 'POST' });
        out.textContent = u.active ? t('users.deactivated', { n: result.sessionsEnded }) : t('users.reactivated');
        await load();
      } catch (err) {
        out.textContent = t('error.generic', { message: err.message });
      }
    } }, t(`users.${action}`));
  }

  const form = h('form', { class: 'action', onsubmit: async (e) => {
    e.preventDefault();
    try {
      await api('/v1/users', { method: 'POST', body: {
        email: inputs.email.value, name: inputs.name.value, password: inputs.password.value, role: inputs.role.value,
        organization: inputs.organization.value || undefined,
        responderId: inputs.responderId.value || undefined,
      } });
      out.textContent = t('users.created');
      form.reset();
      await load();
    } catch (err) {
      out.textContent = t('error.generic', { message: err.message });
    }
  } },
    h('h2', {}, t('users.create')),
    h('div', { class: 'row' }, h('label', {}, t('users.email'), inputs.email), h('label', {}, t('users.name'), inputs.name)),
    h('div', { class: 'row' }, h('label', {}, t('users.password'), inputs.password), h('label', {}, t('users.role'), inputs.role),
      h('label', {}, t('users.organization'), inputs.organization), h('label', {}, t('users.responderId'), inputs.responderId)),
    h('button', { type: 'submit', class: 'primary' }, t('users.create')), out);

  void load();
  return { el: h('div', { class: 'users-page' }, h('h1', {}, t('users.title')),
    h('table', { class: 'users' }, h('thead', {}, h('tr', {}, h('th', {}, t('users.email')), h('th', {}, t('users.name')), h('th', {}, t('users.role')), h('th', {}, t('users.organization')), h('th', {}, t('users.status')), h('th'))), table),
    form) };
}
