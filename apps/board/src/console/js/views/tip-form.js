// The operator's form, built for a phone call: free text first, everything else optional and
// reachable by keyboard; after filing, triage's verdict with its reasons, and a way to correct it.

import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { districtName, districts } from '../districts.js';
import { districtPicker } from '../district-picker.js';
import { t } from '../i18n.js';
import { priorityBadge, tags } from '../incident-parts.js';

const LANGUAGES = [['th', 'ไทย'], ['en', 'English'], ['my', 'မြန်မာ'], ['lo', 'ລາວ'], ['zh', '中文'], ['other', '…']];
const POLL_MS = 400;
// crypto.randomUUID needs a secure context; an office LAN over plain http is not one.
const newKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
const POLL_FOR_MS = 20_000;

export function tipFormView() {
  let idempotencyKey = newKey();
  const status = h('p', { class: 'out', role: 'status' });
  const result = h('div', { class: 'triage-result', 'aria-live': 'polite' });

  const text = h('textarea', { name: 'text', rows: 6, required: true, autofocus: true, maxlength: 5000, 'aria-describedby': 'tip-hint' });
  const district = districtPicker({ label: t('tip.district') });
  const place = h('input', { name: 'place', maxlength: 500 });
  const children = ['yes', 'no', 'unknown'].map((v) => h('label', { class: 'radio' },
    h('input', { type: 'radio', name: 'childrenInvolved', value: v, checked: v === 'unknown' }), t(v === 'unknown' ? 'tip.unsure' : `tip.${v}`)));
  const people = h('input', { type: 'number', name: 'peopleCount', min: 0, max: 10000, inputmode: 'numeric' });
  const reporterName = h('input', { name: 'reporterName', maxlength: 200, autocomplete: 'off' });
  const reporterPhone = h('input', { type: 'tel', name: 'reporterPhone', maxlength: 40, autocomplete: 'off' });
  const consent = h('input', { type: 'checkbox', name: 'callbackAllowed' });
  const language = h('select', { name: 'language' }, LANGUAGES.map(([v, label]) => h('option', { value: v }, label)));
  const submit = h('button', { type: 'submit', class: 'primary' }, t('tip.submit'));

  const form = h('form', { class: 'tip-form', 'aria-labelledby': 'tip-title', onsubmit: (e) => { e.preventDefault(); void file(); } },
    h('h1', { id: 'tip-title' }, t('tip.title')),
    h('label', { class: 'big' }, t('tip.text'), text),
    h('p', { id: 'tip-hint', class: 'muted small' }, t('tip.textHint')),
    h('div', { class: 'row' }, district.el, h('label', {}, t('tip.place'), place)),
    h('div', { class: 'row' },
      h('fieldset', { class: 'radios' }, h('legend', {}, t('tip.children')), children),
      h('label', {}, t('tip.people'), people),
      h('label', {}, t('tip.language'), language)),
    h('fieldset', {}, h('legend', {}, t('tip.reporter')),
      h('div', { class: 'row' }, h('label', {}, t('tip.reporterName'), reporterName), h('label', {}, t('tip.reporterPhone'), reporterPhone)),
      h('label', { class: 'check' }, consent, t('tip.consent'))),
    h('p', {}, submit, ' ', h('span', { class: 'muted small' }, t('tip.shortcut'))),
    status,
  );
  // Ctrl+Enter files from any field: the operator never has to leave the keyboard.
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });

  function body() {
    const childrenValue = form.querySelector('input[name=childrenInvolved]:checked')?.value;
    return {
      text: text.value,
      language: language.value === 'other' ? undefined : language.value,
      district: district.value() || undefined,
      place: place.value.trim() || undefined,
      childrenInvolved: childrenValue,
      peopleCount: people.value === '' ? undefined : Number(people.value),
      reporter: reporterName.value || reporterPhone.value ? { name: reporterName.value || undefined, phone: reporterPhone.value || undefined } : undefined,
      callbackAllowed: consent.checked,
    };
  }

  async function file() {
    submit.disabled = true;
    clear(result);
    status.textContent = t('tip.filing');
    try {
      const { tipId } = await api('/v1/tips', { method: 'POST', body: body(), headers: { 'idempotency-key': idempotencyKey } });
      status.textContent = t('tip.triaging');
      form.dataset.tipId = tipId;
      await showTriage(tipId);
    } catch (err) {
      status.textContent = t('error.generic', { message: err.message });
      submit.disabled = false;
    }
  }

  async function showTriage(tipId) {
    const until = Date.now() + POLL_FOR_MS;
    while (Date.now() < until) {
      try {
        const tip = await api(`/v1/tips/${encodeURIComponent(tipId)}`);
        status.textContent = t('tip.filedAt', { tipId });
        renderResult(tip);
        return;
      } catch (err) {
        if (err.status !== 404) throw err;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    status.textContent = t('tip.slow');
  }

  function renderResult(tip) {
    const tr = tip.triage;
    const out = h('p', { class: 'out' });
    const priority = h('select', { name: 'priority' }, h('option', { value: '' }, t('action.keep')), ['P1', 'P2', 'P3', 'P4'].map((p) => h('option', { value: p }, t(`priority.${p}`))));
    const correctedDistrict = h('select', { name: 'district' }, h('option', { value: '' }, t('action.keep')), districts().map((d) => h('option', { value: d.slug }, districtName(d.slug))));
    const reason = h('input', { name: 'reason', required: true, minlength: 3 });
    const override = h('form', { class: 'action', onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api(`/v1/incidents/${encodeURIComponent(tip.incidentId)}/override`, { method: 'POST',
          body: { priority: priority.value || undefined, district: correctedDistrict.value || undefined, reason: reason.value } });
        out.textContent = t('action.overrideDone');
      } catch (err) {
        out.textContent = t('error.generic', { message: err.message });
      }
    } }, h('h3', {}, t('action.override')),
      h('div', { class: 'row' }, h('label', {}, t('incident.priority'), priority), h('label', {}, t('tip.district'), correctedDistrict)),
      h('label', {}, t('action.reason'), reason), h('button', { type: 'submit' }, t('action.override')), out);

    clear(result).append(h('section', { class: `card prio-${tr.priority}`, dataset: { priority: tr.priority, incidentId: tip.incidentId } },
      h('h2', {}, t('tip.result')),
      h('p', { class: 'verdict' }, priorityBadge(tr.priority), ' ', h('strong', {}, t(`priority.${tr.priority}`)), ' · ',
        h('strong', { class: 'district' }, districtName(tr.district)), ' ', tags(tr)),
      tr.indicators?.length ? h('p', {}, `${t('incident.indicators')}: `, tr.indicators.map((i) => h('span', { class: 'tag' }, i))) : null,
      tr.explanation ? h('p', { class: 'explanation' }, `${t('incident.explanation')}: ${tr.explanation}`) : null,
      h('p', {}, h('a', { href: `#/incident/${encodeURIComponent(tip.incidentId)}` }, t('tip.openIncident')), ' · ',
        h('button', { type: 'button', class: 'link', onclick: reset }, t('tip.another'))),
      override));
  }

  function reset() {
    form.reset();
    district.reset();
    clear(result);
    status.textContent = '';
    submit.disabled = false;
    idempotencyKey = newKey();
    delete form.dataset.tipId;
    text.focus();
  }

  const el = h('div', { class: 'tip-page' }, form, result);
  setTimeout(() => text.focus(), 0);
  return { el };
}
