import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

// Setting up the authenticator app a role requires: scan the QR code (or type the key), confirm with a
// code, then keep the recovery codes shown once.
export function secondFactorSetupView({ user, onDone }) {
  const box = h('div', { class: 'setup-area' }, h('p', {}, t('loading')));
  const code = h('input', { type: 'text', name: 'code', required: true, autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: 8 });
  const out = h('p', { class: 'out', role: 'alert' });
  const el = h('section', { class: 'second-factor' },
    h('h1', {}, t('secondFactor.title')),
    h('p', {}, t(user.secondFactor === 'set-up-required' ? 'secondFactor.required' : 'secondFactor.optional', { role: t(`userRole.${user.role}`) })),
    box);

  api('/v1/auth/second-factor', { method: 'POST' }).then(({ secret, qr }) => {
    const form = h('form', { class: 'second-factor-setup', onsubmit: async (e) => {
      e.preventDefault();
      out.textContent = '';
      try {
        const { recoveryCodes } = await api('/v1/auth/second-factor/confirm', { method: 'POST', body: { code: code.value.trim() } });
        box.replaceChildren(
          h('p', {}, t('secondFactor.recoveryIntro')),
          h('ul', { class: 'recovery-codes' }, ...recoveryCodes.map((c) => h('li', {}, h('code', {}, c)))),
          h('button', { type: 'button', class: 'primary', id: 'recovery-saved', onclick: () => onDone({ ...user, secondFactor: 'on' }) }, t('secondFactor.saved')));
      } catch (err) {
        code.value = '';
        out.textContent = err.status === 400 ? t('secondFactor.wrongCode') : t('error.generic', { message: err.message });
      }
    } },
      h('ol', {},
        h('li', {}, t('secondFactor.step1')),
        h('li', {}, t('secondFactor.step2'), h('img', { src: qr, alt: t('secondFactor.qrAlt'), class: 'qr', width: 200, height: 200 }),
          h('span', {}, t('secondFactor.keyInstead')), h('code', { class: 'totp-secret' }, secret)),
        h('li', {}, h('label', {}, t('secondFactor.step3'), code))),
      h('button', { type: 'submit', class: 'primary' }, t('secondFactor.confirm')),
      out);
    box.replaceChildren(form);
    code.focus();
  }).catch((err) => box.replaceChildren(h('p', { class: 'out', role: 'alert' }, t('error.generic', { message: err.message }))));
  return { el };
}
