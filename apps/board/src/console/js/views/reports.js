// For coordinators and admins: what a period brought (for funders and the monthly team meeting), drawn
// with Chart.js (served by the board from its own copy, like every file of the console), the timings
// as a table, the incidents as CSV, and a page that prints.

import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { districtName, districts } from '../districts.js';
import { roleName, t } from '../i18n.js';

/** Chart.js, loaded once when the page is first opened (the board serves it under /vendor/chart.js/). */
let chartJs;
function loadChartJs() {
  chartJs ??= new Promise((resolve, reject) => {
    const script = h('script', { src: '/vendor/chart.js/chart.umd.min.js' });
    script.onload = () => resolve(window.Chart);
    script.onerror = () => reject(new Error('chart.js did not load'));
    document.head.append(script);
  });
  return chartJs;
}

const bangkokDay = (date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(date);

function defaultPeriod() {
  const now = new Date();
  const to = bangkokDay(now);
  return { from: `${to.slice(0, 7)}-01`, to };
}

const COLOURS = ['#b3261e', '#e8710a', '#1967d2', '#188038', '#8430ce', '#5f6368', '#c5221f', '#129eaf'];

export function reportsView() {
  const period = defaultPeriod();
  const from = h('input', { type: 'date', name: 'from', value: period.from, required: true });
  const to = h('input', { type: 'date', name: 'to', value: period.to, required: true });
  const district = h('select', { name: 'district' }, h('option', { value: '' }, t('reports.allDistricts')),
    ...districts().map((d) => h('option', { value: d.slug }, districtName(d.slug))));
  const priority = h('select', { name: 'priority' }, h('option', { value: '' }, t('reports.allPriorities')),
    ...['P1', 'P2', 'P3', 'P4'].map((p) => h('option', { value: p }, t(`priority.${p}`))));
  const out = h('p', { class: 'out', role: 'status' });
  const figures = h('dl', { class: 'figures' });
  const charts = h('div', { class: 'charts' });
  const timings = h('tbody');
  const csv = h('a', { class: 'button', download: '' }, t('reports.csv'));
  // The same figures as one HTML file to keep or send (audited like the CSV).
  const file = h('a', { class: 'button', download: '' }, t('reports.file'));
  let drawn = [];

  const query = () => new URLSearchParams(Object.entries({ from: from.value, to: to.value, district: district.value, priority: priority.value }).filter(([, v]) => v));

  function chart(Chart, title, entries, label, type = 'bar') {
    const canvas = h('canvas', { role: 'img', 'aria-label': title });
    const box = h('figure', { class: 'chart' }, h('figcaption', {}, title), h('div', { class: 'chart-box' }, canvas));
    charts.append(box);
    drawn.push(new Chart(canvas, {
      type,
      data: { labels: entries.map((e) => label(e.key)), datasets: [{ label: title, data: entries.map((e) => e.n), backgroundColor: type === 'bar' ? COLOURS[2] : COLOURS }] },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: type !== 'bar' } }, ...(type === 'bar' ? { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } : {}) },
    }));
  }

  function spreadRow(what, s) {
    const fmt = (v) => (v === null || v === undefined ? '—' : String(v));
    return h('tr', {}, h('th', { scope: 'row' }, what), h('td', {}, String(s?.n ?? 0)), h('td', {}, fmt(s?.median)), h('td', {}, fmt(s?.p90)));
  }

  async function load() {
    out.textContent = t('reports.loading');
    csv.href = `/v1/reports/incidents.csv?${query()}`;
    file.href = `/v1/reports/report.html?${query()}`;
    try {
      const [Chart, r] = await Promise.all([loadChartJs(), api(`/v1/reports/summary?${query()}`)]);
      for (const c of drawn) c.destroy();
      drawn = [];
      clear(figures).append(...[
        ['incidents', r.incidents], ['rescuedMinors', r.rescuedMinors], ['rescuedAdults', r.rescuedAdults],
        ['referred', r.referred], ['falseAlarms', r.falseAlarms], ['chainsExhausted', r.chainsExhausted],
      ].map(([key, n]) => h('div', { class: 'figure', dataset: { figure: key } }, h('dt', {}, t(`reports.${key}`)), h('dd', {}, String(n)))));
      clear(charts);
      chart(Chart, t('reports.byMonth'), r.incidentsBy.month, (k) => k);
      chart(Chart, t('reports.byDistrict'), r.incidentsBy.district, districtName);
      chart(Chart, t('reports.byPriority'), r.incidentsBy.priority, (k) => t(`priority.${k}`));
      chart(Chart, t('reports.byOutcome'), r.incidentsBy.outcome, (k) => (['open', 'review'].includes(k) ? t(`reports.${k}`) : t(`outcome.${k}`)), 'doughnut');
      chart(Chart, t('reports.byChannel'), r.tips.byChannel, (k) => k);
      chart(Chart, t('reports.byLanguage'), r.tips.byLanguage, (k) => k);
      const m = r.minutesFromFirstTip;
      clear(timings).append(
        spreadRow(t('reports.firstPage'), m.firstPage),
        ...Object.entries(m.accepted).map(([role, s]) => spreadRow(t('reports.accepted', { role: roleName(role) }), s)),
        ...Object.entries(m.arrived).map(([role, s]) => spreadRow(t('reports.arrived', { role: roleName(role) }), s)),
      );
      out.textContent = r.incidents ? '' : t('reports.none');
    } catch (err) {
      out.textContent = t('error.generic', { message: err.message });
    }
  }

  const form = h('form', { class: 'report-filter', onsubmit: (e) => { e.preventDefault(); void load(); } },
    h('label', {}, `${t('reports.from')} `, from), h('label', {}, `${t('reports.to')} `, to),
    h('label', {}, `${t('reports.district')} `, district), h('label', {}, `${t('reports.priority')} `, priority),
    h('button', { type: 'submit' }, t('reports.show')), csv, file,
    h('button', { type: 'button', class: 'print', onclick: () => window.print() }, t('reports.print')));

  void load();
  return {
    el: h('div', { class: 'reports-page' }, h('h1', {}, t('reports.title')), form, out, figures, charts,
      h('h2', {}, t('reports.timings')),
      h('table', { class: 'timings' }, h('thead', {}, h('tr', {}, ...['what', 'n', 'median', 'p90'].map((k) => h('th', {}, t(`reports.col.${k}`))))), timings)),
    dispose: () => { for (const c of drawn) c.destroy(); },
  };
}
