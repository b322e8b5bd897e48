import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

export function loginView({ onLoggedIn }) {
  const email = h('input', { type: 'email', name: 'email', required: true, autocomplete: 'username', autofocus: true });
  const password = h('input', { type: 'password', name: 'password', required: true, autocomplete: 'current-password' });
  const out = h('p', { class: 'out', role: 'alert' });
  const form = h('form', { class: 'login', onsubmit: async (e) => {
    e.preventDefault();
    out.textContent = '';
    try {
      const { user } = await api('/v1/auth/login', { method: 'POST', body: { email: email.value, password: password.value } });
      onLoggedIn(user);
    } catch (err) {
      out.textContent = err.status === 401 ? t('login.failed') : t('error.generic', { message: err.message });
    }
  } },
    h('h1', {}, t('login.title')),
    h('label', {}, t('login.email'), email),
    h('label', {}, t('login.password'), password),
    h('button', { type: 'submit', class: 'primary' }, t('login.submit')),
    out);
  setTimeout(() => email.focus(), 0);
  return { el: form };
}
