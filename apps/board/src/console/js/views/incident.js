// One incident: who is on it, its tips and triage, the whole timeline, and the coordinator's actions.

import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { districtName, districts } from '../districts.js';
import { roleName, t } from '../i18n.js';
import { heading, nextDeadline, roleChains, stateBadge, tags } from '../incident-parts.js';
import { refreshClocks, formatTime } from '../time.js';
import { timelineList } from '../timeline.js';

const COORDINATING = new Set(['admin', 'coordinator']);
const OUTCOMES = ['rescued', 'referred', 'cross-border-handover', 'false-alarm', 'duplicate', 'other'];
const REFERRALS = ['shelter', 'social-development', 'cross-border'];
/** Which directory organisations (by kind) take a case on, per referral. */
const REFERRAL_ORGANIZATION_KINDS = { shelter: ['ngo'], 'social-development': ['social-development'], 'cross-border': ['cross-border-partner'] };
const FOLLOW_UP_MS = 1200;

function message(el, text, kind = 'ok') {
  clear(el).append(h('span', { class: `msg msg-${kind}` }, text));
}

/** Runs an action from a form: disables it meanwhile and says how it went. */
async function perform(form, out, work, success = t('action.sent')) {
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    await work();
    message(out, success);
    return true;
  } catch (err) {
    message(out, t('error.generic', { message: err.message }), 'error');
    return false;
  } finally {
    button.disabled = false;
  }
}

export function incidentView({ id, user, live }) {
  const revealed = new Map();
  const summary = h('div', { class: 'incident-summary' });
  const tipsBox = h('div', { class: 'tips' });
  const timelineBox = h('div', {});
  const actionsBox = h('div', { class: 'actions' });
  const el = h('div', { class: 'incident-page' },
    h('p', {}, h('a', { href: '#/board' }, t('incident.back'))),
    summary,
    h('div', { class: 'incident-columns' },
      h('div', {},
        h('section', {}, h('h2', {}, t('incident.tips')), tipsBox),
        h('section', {}, h('h2', {}, t('incident.timeline')), timelineBox)),
      h('section', { class: 'actions-panel' }, h('h2', {}, t('incident.actions')), actionsBox)),
  );
  let incident;
  let actionsBuiltFor;
  let roleSelects = [];

  async function load() {
    try {
      incident = await api(`/v1/incidents/${encodeURIComponent(id)}`);
    } catch (err) {
      const text = err.status === 403 ? t('incident.forbidden') : err.status === 404 ? t('incident.notFound') : t('error.generic', { message: err.message });
      clear(el).append(h('p', {}, h('a', { href: '#/board' }, t('incident.back'))),
        h('p', { class: `msg msg-error${err.status === 403 ? ' forbidden' : ''}`, role: 'alert' }, text));
      return;
    }
    render();
  }

  function render() {
    const deadline = nextDeadline(incident);
    el.dataset.state = incident.state;
    clear(summary).append(...[
      h('h1', {}, heading(incident), ' ', tags(incident), ' ', stateBadge(incident.state)),
      h('p', { class: 'meta' },
        `${t('incident.caseRef')} ${incident.caseRef} · ${t('incident.opened')} ${formatTime(incident.openedAt)}`,
        incident.state === 'resolved' ? ` · ${t('incident.outcome')}: ${t(`outcome.${incident.outcome}`)}` : [
          ` · ${t('board.waiting')} `, h('span', { dataset: { since: incident.openedAt } }, ''),
          deadline ? [` · ${t('board.nextEscalation')} `, h('span', { class: 'countdown next', dataset: { until: deadline } }, '')] : null,
        ]),
      incident.summary ? h('p', { class: 'summary' }, incident.summary) : null,
      incident.mergedInto ? h('p', { class: 'merged-banner', role: 'status' }, t('merge.mergedInto'), ' ',
        h('a', { href: `#/incident/${encodeURIComponent(incident.mergedInto)}`, class: 'merged-into' }, incident.mergedIntoCaseRef ?? incident.mergedInto)) : null,
      incident.merged?.length ? h('p', { class: 'merged-from muted' }, t('merge.mergedHere'), ' ',
        incident.merged.map((m, i) => [i ? ', ' : '', h('a', { href: `#/incident/${encodeURIComponent(m.id)}` }, m.caseRef)])) : null,
      h('h2', {}, t('incident.roles')),
      roleChains(incident),
    ].filter(Boolean));
    clear(tipsBox).append(...incident.tips.map(tipCard));
    clear(timelineBox).append(timelineList(incident));
    // Forms are kept across live refreshes (so typing is not lost) and rebuilt when the incident closes.
    if (actionsBuiltFor !== (incident.state === 'resolved')) buildActions();
    for (const update of roleSelects) update();
    actionsBox.hidden = false;
    refreshClocks();
  }

  function tipCard(tip) {
    const triage = tip.triage ?? {};
    const reporter = revealed.get(tip.tipId);
    return h('article', { class: `tip${tip.mergedFrom ? ' tip-merged' : ''}`, dataset: { tipId: tip.tipId } },
      h('p', { class: 'meta' }, `${formatTime(tip.receivedAt)} · ${t('incident.channel')}: ${tip.channel}`, tip.language ? ` · ${t('incident.language')}: ${tip.language}` : '',
        tip.mergedFrom ? [' · ', h('span', { class: 'tag tag-merged' }, t('merge.tipFrom', { caseRef: tip.mergedFrom.caseRef }))] : null),
      h('blockquote', { class: 'tip-text' }, tip.text),
      h('div', { class: 'triage' },
        h('strong', {}, `${t('incident.triage')}: `), triage.priority ? `${t(`priority.${triage.priority}`)} · ${districtName(triage.district)}` : '',
        triage.indicators?.length ? h('p', {}, `${t('incident.indicators')}: `, triage.indicators.map((i) => h('span', { class: 'tag' }, i))) : null,
        triage.explanation ? h('p', { class: 'explanation' }, `${t('incident.explanation')}: ${triage.explanation}`) : null),
      COORDINATING.has(user.role) && tip.hasReporter ? reporterBox(tip, reporter) : null,
      !tip.hasReporter ? h('p', { class: 'muted' }, t('reporter.none')) : null,
      splittable(tip) ? splitButton(tip) : null,
    );
  }

  // A tip joined here by mistake (same venue named, another case) goes back out into its own incident.
  function splittable(tip) {
    const own = incident.tips.filter((x) => !x.mergedFrom);
    return COORDINATING.has(user.role) && incident.state !== 'resolved' && !tip.mergedFrom && own.length > 1;
  }

  function splitButton(tip) {
    return h('button', { type: 'button', class: 'secondary split', onclick: async () => {
      const reason = prompt(t('split.reason'));
      if (reason === null) return;
      try {
        const { incidentId } = await api(`/v1/incidents/${encodeURIComponent(incident.id)}/tips/${encodeURIComponent(tip.tipId)}/split`, {
          method: 'POST', body: JSON.stringify(reason.trim() ? { reason: reason.trim() } : {}),
        });
        location.hash = `#/incident/${encodeURIComponent(incidentId)}`;
      } catch (err) {
        alert(t('error.generic', { message: err.message }));
      }
    } }, t('split.button'));
  }

  function reporterBox(tip, reporter) {
    if (!reporter) {
      return h('button', { type: 'button', class: 'secondary reveal', onclick: async () => {
        try {
          revealed.set(tip.tipId, await api(`/v1/tips/${encodeURIComponent(tip.tipId)}/reporter`));
          render();
        } catch (err) {
          alert(t('error.generic', { message: err.message }));
        }
      } }, t('reporter.show'));
    }
    const r = reporter.reporter ?? {};
    return h('dl', { class: 'reporter' },
      r.name ? [h('dt', {}, t('reporter.name')), h('dd', {}, r.name)] : null,
      r.phone ? [h('dt', {}, t('reporter.phone')), h('dd', {}, h('a', { href: `tel:${r.phone}` }, r.phone))] : null,
      r.lineUserId ? [h('dt', {}, t('reporter.line')), h('dd', {}, r.lineUserId)] : null,
      h('dd', { class: reporter.callbackAllowed ? 'ok' : 'warn' }, reporter.callbackAllowed ? t('reporter.callbackYes') : t('reporter.callbackNo')));
  }

  function roleSelect(name, { withAll, requiredOnly = false }) {
    const select = h('select', { name });
    const update = () => {
      const current = select.value;
      const open = (incident.roles ?? []).filter((r) => (r.state === 'pending' || r.state === 'exhausted') && (!requiredOnly || r.required));
      clear(select).append(
        withAll ? h('option', { value: '' }, t('action.allRoles')) : null,
        ...open.map((r) => h('option', { value: r.role }, roleName(r.role))));
      if ([...select.options].some((o) => o.value === current)) select.value = current;
      if (select.value !== current) select.dispatchEvent(new Event('change'));
    };
    roleSelects.push(update);
    return select;
  }

  // Reassign: one required role, one responder of that role (searchable, who is on call shown), paged now.
  function reassignForm() {
    const out = h('p', { class: 'out' });
    const role = roleSelect('role', { withAll: false, requiredOnly: true });
    const search = h('input', { type: 'search', name: 'search', placeholder: t('reassign.search'), autocomplete: 'off' });
    const list = h('div', { class: 'candidates', role: 'radiogroup', 'aria-label': t('reassign.responder') });
    let candidates = [];
    let loadedFor = null;
    const show = () => {
      const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      const chosen = list.querySelector('input:checked')?.value;
      const shown = candidates.filter((c) => words.every((w) => `${c.name} ${c.organization} ${c.districts.join(' ')}`.toLowerCase().includes(w)));
      clear(list).append(...shown.map((c) => h('label', { class: `candidate${c.onCall ? ' on-call' : ''}`, dataset: { responderId: c.responderId } },
        h('input', { type: 'radio', name: 'responderId', value: c.responderId, checked: c.responderId === chosen, required: true }),
        h('span', { class: 'who' }, c.name),
        h('span', { class: 'meta muted small' },
          c.onCall ? h('span', { class: 'tag tag-oncall' }, t('reassign.onCall')) : null,
          c.paged ? h('span', { class: 'tag' }, t(`alertState.${c.paged}`)) : null,
          c.organization))));
      if (!shown.length) list.append(h('p', { class: 'muted' }, role.value ? t('reassign.nobody') : t('reassign.noRole')));
    };
    const load = async () => {
      if (!role.value) { candidates = []; loadedFor = null; return show(); }
      if (loadedFor === role.value) return show();
      const wanted = (loadedFor = role.value);
      let found = [];
      try {
        found = await api(`/v1/incidents/${encodeURIComponent(id)}/candidates?role=${encodeURIComponent(wanted)}`);
      } catch (err) {
        message(out, t('error.generic', { message: err.message }), 'error');
      }
      // The role was changed while this answer was on its way: the answer for the new role shows, not this one.
      if (role.value !== wanted) return;
      candidates = found;
      show();
    };
    role.addEventListener('change', () => void load());
    search.addEventListener('input', show);
    roleSelects.push(() => { if (loadedFor !== role.value) void load(); });
    const form = h('form', { class: 'action reassign', 'aria-label': t('reassign.title'), onsubmit: (e) => {
      e.preventDefault();
      const responderId = list.querySelector('input:checked')?.value;
      if (!responderId) return message(out, t('reassign.pick'), 'error');
      void perform(form, out, () => api(`/v1/incidents/${encodeURIComponent(id)}/reassign`, { method: 'POST',
        body: { role: role.value, responderId } }), t('reassign.sent'));
    } },
      h('h3', {}, t('reassign.title')), h('p', { class: 'muted' }, t('reassign.help')),
      h('label', {}, t('action.role'), role), h('label', {}, t('reassign.responder'), search), list,
      h('button', { type: 'submit' }, t('reassign.submit')), out);
    return form;
  }

  // Merge: this incident is a duplicate of another open one, which carries on with its tips.
  function mergeForm() {
    const out = h('p', { class: 'out' });
    const search = h('input', { type: 'search', name: 'search', placeholder: t('merge.search'), autocomplete: 'off' });
    const into = h('select', { name: 'into', required: true, size: 5 });
    let others = [];
    const show = () => {
      const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      const current = into.value;
      const shown = others.filter((o) => words.every((w) => `${o.caseRef} ${o.priority} ${o.district} ${districtName(o.district)} ${o.summary ?? ''}`.toLowerCase().includes(w)));
      clear(into).append(...shown.slice(0, 200).map((o) => h('option', { value: o.id },
        `${o.caseRef} · ${o.priority} · ${districtName(o.district)} · ${formatTime(o.openedAt)}${o.summary ? ` · ${o.summary}` : ''}`)));
      if ([...into.options].some((o) => o.value === current)) into.value = current;
    };
    const load = async () => {
      try {
        others = (await api('/v1/incidents?status=triggered,acknowledged,review')).filter((o) => o.id !== id);
      } catch (err) {
        message(out, t('error.generic', { message: err.message }), 'error');
      }
      show();
    };
    search.addEventListener('input', show);
    search.addEventListener('focus', () => void load(), { once: true });
    void load();
    const form = h('form', { class: 'action merge', 'aria-label': t('merge.title'), onsubmit: (e) => {
      e.preventDefault();
      const target = others.find((o) => o.id === into.value);
      if (!target) return message(out, t('merge.pick'), 'error');
      if (!confirm(t('merge.confirm', { from: incident.caseRef, into: target.caseRef }))) return;
      void perform(form, out, () => api(`/v1/incidents/${encodeURIComponent(id)}/merge`, { method: 'POST', body: { into: target.id } }), t('merge.sent'));
    } },
      h('h3', {}, t('merge.title')), h('p', { class: 'muted' }, t('merge.help')),
      h('label', {}, t('merge.into'), search), into,
      h('button', { type: 'submit', class: 'warn' }, t('merge.submit')), out);
    return form;
  }

  function buildActions() {
    actionsBuiltFor = incident.state === 'resolved';
    roleSelects = [];
    const open = incident.state !== 'resolved';
    const coordinating = COORDINATING.has(user.role);
    const parts = [];

    if (coordinating && open) {
      // Accept on behalf: a responder who phoned in, or the coordinator themself.
      const out = h('p', { class: 'out' });
      const role = roleSelect('role', { withAll: true });
      const responder = h('select', { name: 'responderId' });
      const fillResponders = () => {
        const current = responder.value;
        const paged = new Map((incident.alerts ?? []).filter((a) => a.kind === 'page' && (!role.value || a.role === role.value)).map((a) => [a.responderId, a.name]));
        clear(responder).append(h('option', { value: '' }, t('action.myself')), ...[...paged].map(([rid, name]) => h('option', { value: rid }, name)));
        if ([...responder.options].some((o) => o.value === current)) responder.value = current;
      };
      roleSelects.push(fillResponders);
      role.addEventListener('change', fillResponders);
      const form = h('form', { class: 'action', 'aria-label': t('action.accept'), onsubmit: (e) => {
        e.preventDefault();
        void perform(form, out, () => api(`/v1/incidents/${encodeURIComponent(id)}/acknowledge`, { method: 'POST',
          body: { role: role.value || undefined, responderId: responder.value || undefined } }));
      } },
        h('h3', {}, t('action.accept')), h('p', { class: 'muted' }, t('action.acceptHelp')),
        h('label', {}, t('action.role'), role), h('label', {}, t('action.responder'), responder),
        h('button', { type: 'submit' }, t('action.accept')), out);
      parts.push(form);

      const escOut = h('p', { class: 'out' });
      const escRole = roleSelect('role', { withAll: true });
      const esc = h('form', { class: 'action', 'aria-label': t('action.escalate'), onsubmit: (e) => {
        e.preventDefault();
        void perform(esc, escOut, () => api(`/v1/incidents/${encodeURIComponent(id)}/escalate`, { method: 'POST', body: { role: escRole.value || undefined } }));
      } }, h('h3', {}, t('action.escalate')), h('label', {}, t('action.role'), escRole), h('button', { type: 'submit', class: 'warn' }, t('action.escalate')), escOut);
      parts.push(esc);

      const againOut = h('p', { class: 'out' });
      const againRole = roleSelect('role', { withAll: true });
      const again = h('form', { class: 'action', 'aria-label': t('action.renotify'), onsubmit: (e) => {
        e.preventDefault();
        void perform(again, againOut, () => api(`/v1/incidents/${encodeURIComponent(id)}/renotify`, { method: 'POST', body: { role: againRole.value || undefined } }));
      } }, h('h3', {}, t('action.renotify')), h('p', { class: 'muted' }, t('action.renotifyHelp')),
        h('label', {}, t('action.role'), againRole), h('button', { type: 'submit' }, t('action.renotify')), againOut);
      parts.push(again);
      parts.push(reassignForm());
    }

    // Anyone who can see the incident may add to its record.
    const noteOut = h('p', { class: 'out' });
    const noteText = h('textarea', { name: 'text', rows: 3, required: true, placeholder: t('action.notePlaceholder') });
    const note = h('form', { class: 'action', 'aria-label': t('action.note'), onsubmit: async (e) => {
      e.preventDefault();
      if (await perform(note, noteOut, () => api(`/v1/incidents/${encodeURIComponent(id)}/notes`, { method: 'POST', body: { text: noteText.value } }), '✔')) {
        noteText.value = '';
        void load();
      }
    } }, h('h3', {}, t('action.note')), noteText, h('button', { type: 'submit' }, t('action.note')), noteOut);
    parts.push(note);

    if (open && (coordinating || user.role === 'operator')) parts.push(overrideForm());

    if (coordinating && open) {
      const out = h('p', { class: 'out' });
      const outcome = h('select', { name: 'outcome', required: true }, OUTCOMES.map((o) => h('option', { value: o }, t(`outcome.${o}`))));
      const minors = h('input', { type: 'number', name: 'minors', min: 0, inputmode: 'numeric' });
      const adults = h('input', { type: 'number', name: 'adults', min: 0, inputmode: 'numeric' });
      const counts = h('div', { class: 'row' }, h('label', {}, t('action.rescuedMinors'), minors), h('label', {}, t('action.rescuedAdults'), adults));
      // A referral or a hand-over names who takes the case on, from the directory's organisations of that kind.
      const referralKind = h('select', { name: 'referralKind' }, REFERRALS.map((k) => h('option', { value: k }, t(`referral.${k}`))));
      const referralOrg = h('select', { name: 'referralOrganization' });
      const referral = h('div', { class: 'row', hidden: true }, h('label', {}, t('action.referralKind'), referralKind), h('label', {}, t('action.referralOrganization'), referralOrg));
      const fillOrganizations = async () => {
        const { organizations } = await api('/v1/directory');
        const kinds = REFERRAL_ORGANIZATION_KINDS[referralKind.value];
        clear(referralOrg).append(...organizations.filter((o) => kinds.includes(o.kind)).map((o) => h('option', { value: o.id }, o.name)));
      };
      referralKind.addEventListener('change', () => void fillOrganizations());
      outcome.addEventListener('change', () => {
        counts.hidden = !['rescued', 'referred', 'cross-border-handover'].includes(outcome.value);
        referral.hidden = !['referred', 'cross-border-handover'].includes(outcome.value);
        if (outcome.value === 'cross-border-handover') referralKind.value = 'cross-border';
        if (!referral.hidden) void fillOrganizations();
      });
      const resolveNote = h('textarea', { name: 'note', rows: 2 });
      const form = h('form', { class: 'action', 'aria-label': t('action.resolve'), onsubmit: (e) => {
        e.preventDefault();
        const rescued = !counts.hidden && (minors.value || adults.value)
          ? { minors: Number(minors.value || 0), adults: Number(adults.value || 0) } : undefined;
        const referredTo = referral.hidden ? undefined : { kind: referralKind.value, organization: referralOrg.value };
        void perform(form, out, () => api(`/v1/incidents/${encodeURIComponent(id)}/resolve`, { method: 'POST',
          body: { outcome: outcome.value, note: resolveNote.value || undefined, rescued, referral: referredTo } }));
      } },
        h('h3', {}, t('action.resolve')), h('label', {}, t('incident.outcome'), outcome), counts, referral,
        h('label', {}, t('action.resolveNote'), resolveNote), h('button', { type: 'submit', class: 'primary' }, t('action.resolve')), out);
      parts.push(form);
      parts.push(mergeForm());
    }
    if (coordinating && !open && !incident.mergedInto) {
      // Closed too soon, or news came in: back on the board (audited, a reason required).
      const out = h('p', { class: 'out' });
      const reason = h('input', { name: 'reason', required: true, minlength: 3 });
      const form = h('form', { class: 'action', 'aria-label': t('action.reopen'), onsubmit: (e) => {
        e.preventDefault();
        void perform(form, out, () => api(`/v1/incidents/${encodeURIComponent(id)}/reopen`, { method: 'POST', body: { reason: reason.value } }));
      } }, h('h3', {}, t('action.reopen')), h('label', {}, t('action.reopenReason'), reason), h('button', { type: 'submit' }, t('action.reopen')), out);
      parts.push(form);
    }
    clear(actionsBox).append(...parts);
  }

  function overrideForm() {
    const out = h('p', { class: 'out' });
    const priority = h('select', { name: 'priority' }, h('option', { value: '' }, t('action.keep')),
      ['P1', 'P2', 'P3', 'P4'].map((p) => h('option', { value: p }, t(`priority.${p}`))));
    const district = h('select', { name: 'district' }, h('option', { value: '' }, t('action.keep')),
      districts().map((d) => h('option', { value: d.slug }, districtName(d.slug))));
    const reason = h('input', { name: 'reason', required: true, minlength: 3 });
    const form = h('form', { class: 'action', 'aria-label': t('action.override'), onsubmit: async (e) => {
      e.preventDefault();
      if (await perform(form, out, () => api(`/v1/incidents/${encodeURIComponent(id)}/override`, { method: 'POST',
        body: { priority: priority.value || undefined, district: district.value || undefined, reason: reason.value } }), t('action.overrideDone'))) {
        void load();
      }
    } }, h('h3', {}, t('action.override')), h('div', { class: 'row' }, h('label', {}, t('tip.district'), district), h('label', {}, t('incident.priority'), priority)),
      h('label', {}, t('action.reason'), reason), h('button', { type: 'submit' }, t('action.override')), out);
    return form;
  }

  const onChange = (e) => {
    if (e.detail.incidentId !== id) return;
    setTimeout(() => void load(), 80);
    setTimeout(() => void load(), FOLLOW_UP_MS);
  };
  live.addEventListener('change', onChange);
  void load();

  return { el, dispose: () => live.removeEventListener('change', onChange) };
}
