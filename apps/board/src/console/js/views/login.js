import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

// Email and password; for an account with a second factor, then the code from the authenticator app
// (or a recovery code) on the same form.
export function loginView({ onLoggedIn }) {
  const email = h('input', { type: 'email', name: 'email', required: true, autocomplete: 'username', autofocus: true });
  const password = h('input', { type: 'password', name: 'password', required: true, autocomplete: 'current-password' });
  const code = h('input', { type: 'text', name: 'code', autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: 20 });
  const codeLabel = h('label', { hidden: true }, t('login.code'), code, h('small', {}, t('login.codeHint')));
  const out = h('p', { class: 'out', role: 'alert' });
  const form = h('form', { class: 'login', onsubmit: async (e) => {
    e.preventDefault();
    out.textContent = '';
    try {
      const body = { email: email.value, password: password.value, ...(code.value.trim() ? { code: code.value.trim() } : {}) };
      const { user } = await api('/v1/auth/login', { method: 'POST', body });
      onLoggedIn(user);
    } catch (err) {
      if (err.status === 401 && err.body?.secondFactor === 'required') {
        codeLabel.hidden = false;
        code.required = true;
        code.focus();
        out.textContent = t('login.codeNeeded');
        return;
      }
      const wrongCode = err.status === 401 && !codeLabel.hidden;
      if (wrongCode) code.value = '';
      out.textContent = err.status === 401 ? t(wrongCode ? 'login.codeFailed' : 'login.failed')
        : err.status === 429 ? t('login.locked') : t('error.generic', { message: err.message });
    }
  } },
    h('h1', {}, t('login.title')),
    h('label', {}, t('login.email'), email),
    h('label', {}, t('login.password'), password),
    codeLabel,
    h('button', { type: 'submit', class: 'primary' }, t('login.submit')),
    out);
  setTimeout(() => email.focus(), 0);
  return { el: form };
}
