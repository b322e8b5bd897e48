// Coordinators keep the roster covered: gaps in the coming days, the overrides made on the board
// (cover a shift, take a slot) with a form to add one, and the directory's audit trail.
// Its words live here rather than in i18n.js so this page stays one file.

import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { lang, roleName, t } from '../i18n.js';
import { formatTime } from '../time.js';

const WORDS = {
  en: {
    nav: 'On call', title: 'On call', gaps: 'Gaps in the next 7 days', noGaps: 'Every schedule has someone on call for the next 7 days.',
    onwards: 'onwards', overrides: 'Overrides made on the board', noOverrides: 'None.', add: 'Add override', schedule: 'Schedule',
    responder: 'On call', replaces: 'Covers for (optional: empty takes the whole slot)', start: 'From (Bangkok time)', end: 'Until (Bangkok time)',
    note: 'Note', remove: 'Remove', added: 'Override saved: dispatch pages from it now.', removed: 'Override removed.', audit: 'Changes',
    from: 'from', to: 'to', by: 'by', notApplied: 'not applied (the directory file changed)',
  },
  th: {
    nav: 'ตารางเวร', title: 'ตารางเวร', gaps: 'ช่วงที่ไม่มีผู้รับเวรใน 7 วันข้างหน้า', noGaps: 'ทุกตารางเวรมีผู้รับเวรตลอด 7 วันข้างหน้า',
    onwards: 'เป็นต้นไป', overrides: 'การเปลี่ยนเวรที่ทำในบอร์ด', noOverrides: 'ไม่มี', add: 'เพิ่มการเปลี่ยนเวร', schedule: 'ตารางเวร',
    responder: 'ผู้รับเวร', replaces: 'แทนใคร (เว้นว่าง = รับทั้งช่วง)', start: 'ตั้งแต่ (เวลาไทย)', end: 'ถึง (เวลาไทย)',
    note: 'หมายเหตุ', remove: 'ลบ', added: 'บันทึกแล้ว ระบบใช้ตารางใหม่ทันที', removed: 'ลบแล้ว', audit: 'ประวัติการแก้ไข',
    from: 'ตั้งแต่', to: 'ถึง', by: 'โดย', notApplied: 'ไม่ถูกใช้ (ไฟล์ตารางเวรเปลี่ยน)',
  },
};
const w = (key) => (WORDS[lang()] ?? WORDS.en)[key] ?? WORDS.en[key];

/** The nav label, for app.js. */
export const onCallNavLabel = () => w('nav');

/** A `datetime-local` value (Bangkok wall clock) as the API reads it: local time of the schedule, +07:00. */
const bangkok = (local) => (local ? `${local}:00+07:00` : '');

export function onCallView() {
  const gaps = h('ul', { class: 'gaps' });
  const overrides = h('tbody');
  const audit = h('tbody');
  const out = h('p', { class: 'out', role: 'status' });
  const inputs = {
    schedule: h('select', { name: 'schedule', required: true }),
    responder: h('select', { name: 'responder', required: true }),
    replaces: h('select', { name: 'replaces' }),
    start: h('input', { name: 'start', type: 'datetime-local', required: true }),
    end: h('input', { name: 'end', type: 'datetime-local', required: true }),
    note: h('input', { name: 'note', maxlength: 500 }),
  };
  let directory;

  const nameOf = (id) => directory?.responders.find((r) => r.id === id)?.name ?? id;

  function fillPeople() {
    const schedule = directory.schedules.find((s) => s.id === inputs.schedule.value);
    const people = directory.responders.filter((r) => r.active && schedule && r.roles.includes(schedule.role));
    clear(inputs.responder).append(...people.map((r) => h('option', { value: r.id }, r.name)));
    const members = [...new Set(schedule?.layers.flatMap((l) => l.members) ?? [])];
    clear(inputs.replaces).append(h('option', { value: '' }, '—'), ...members.map((id) => h('option', { value: id }, nameOf(id))));
  }

  async function load() {
    const [dir, found, changes] = await Promise.all([api('/v1/directory'), api('/v1/oncall/gaps?days=7'), api('/v1/directory/audit?limit=20')]);
    directory = dir;
    clear(gaps).append(...(found.length ? found.map((g) => h('li', { class: 'gap' },
      h('strong', {}, `${roleName(g.role)} · ${g.scheduleName}`), ' ',
      `${w('from')} ${formatTime(g.start)} ${g.openEnded ? w('onwards') : `${w('to')} ${formatTime(g.end)}`}`)) : [h('li', {}, w('noGaps'))]));
    const chosen = inputs.schedule.value;
    clear(inputs.schedule).append(...dir.schedules.map((s) => h('option', { value: s.id, selected: s.id === chosen }, s.name)));
    fillPeople();
    const made = dir.schedules.flatMap((s) => s.overrides.filter((o) => o.source === 'board').map((o) => ({ ...o, schedule: s })));
    clear(overrides).append(...(made.length ? made.map((o) => h('tr', { class: o.applied ? '' : 'not-applied' },
      h('td', {}, o.schedule.name), h('td', {}, nameOf(o.responder), o.replaces ? ` ← ${nameOf(o.replaces)}` : ''),
      h('td', {}, `${formatTime(o.start)} – ${formatTime(o.end)}`), h('td', {}, o.note ?? '', o.applied ? '' : ` (${w('notApplied')})`),
      h('td', {}, h('button', { type: 'button', onclick: () => remove(o.id) }, w('remove'))))) : [h('tr', {}, h('td', { colspan: 5 }, w('noOverrides')))]));
    clear(audit).append(...changes.map((c) => h('tr', {}, h('td', {}, formatTime(c.at)), h('td', {}, c.actorEmail ?? c.actor), h('td', {}, c.action.replace(/^directory\./, '')), h('td', {}, c.subject))));
  }

  async function remove(id) {
    try {
      await api(`/v1/directory/overrides/${encodeURIComponent(id)}`, { method: 'DELETE' });
      await load();
      out.textContent = w('removed');
    } catch (err) {
      out.textContent = t('error.generic', { message: err.message });
    }
  }

  inputs.schedule.addEventListener('change', fillPeople);
  const form = h('form', { class: 'action', onsubmit: async (e) => {
    e.preventDefault();
    try {
      await api('/v1/directory/overrides', { method: 'POST', body: {
        schedule: inputs.schedule.value, responder: inputs.responder.value, replaces: inputs.replaces.value || undefined,
        start: bangkok(inputs.start.value), end: bangkok(inputs.end.value), note: inputs.note.value || undefined,
      } });
      await load();
      out.textContent = w('added');
    } catch (err) {
      out.textContent = t('error.generic', { message: err.message });
    }
  } },
    h('h2', {}, w('add')),
    h('div', { class: 'row' }, h('label', {}, w('schedule'), inputs.schedule), h('label', {}, w('responder'), inputs.responder), h('label', {}, w('replaces'), inputs.replaces)),
    h('div', { class: 'row' }, h('label', {}, w('start'), inputs.start), h('label', {}, w('end'), inputs.end), h('label', {}, w('note'), inputs.note)),
    h('button', { type: 'submit', class: 'primary' }, w('add')), out);

  load().catch((err) => (out.textContent = t('error.generic', { message: err.message })));
  return { el: h('div', { class: 'oncall-page' }, h('h1', {}, w('title')),
    h('h2', {}, w('gaps')), gaps,
    h('h2', {}, w('overrides')), h('table', { class: 'users overrides' }, overrides),
    form,
    h('h2', {}, w('audit')), h('table', { class: 'users audit' }, audit)) };
}
