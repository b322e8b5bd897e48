import { DateTime } from 'luxon';
import { districtName } from '@rescue/domain';
import { escapeHtml as escape } from '@rescue/platform';
import type { Spread } from './summarize-incidents';

/** The figures of GET /v1/reports/summary, as the printable report reads them. */
export interface ReportFigures {
  period: { from: string; to: string; district: string | null; priority: string | null; timeZone: string };
  organization: string | null;
  incidents: number;
  chainsExhausted: number;
  falseAlarms: number;
  referred: number;
  rescuedMinors: number;
  rescuedAdults: number;
  tips: { byChannel: Count[]; byLanguage: Count[] };
  incidentsBy: { priority: Count[]; outcome: Count[]; district: Count[]; month: Count[] };
  minutesFromFirstTip: { firstPage: Spread; accepted: Record<string, Spread>; arrived: Record<string, Spread> };
}
interface Count {
  key: string;
  n: number;
}

/** Labels in English and Thai side by side: the multidisciplinary team's meeting reads both. */
const both = (en: string, th: string) => `${escape(en)} <span class="th">${escape(th)}</span>`;

function bars(title: string, rows: Count[], label: (key: string) => string = (k) => k): string {
  const max = Math.max(1, ...rows.map((r) => r.n));
  const body = rows.length
    ? rows
        .map((r) => `<tr><th scope="row">${escape(label(r.key))}</th><td class="n">${r.n}</td><td class="bar"><span style="width:${Math.round((r.n / max) * 100)}%"></span></td></tr>`)
        .join('')
    : `<tr><td colspan="3" class="none">${both('none', 'ไม่มี')}</td></tr>`;
  return `<section><h2>${title}</h2><table class="bars">${body}</table></section>`;
}

const minutes = (m: number | null) => (m === null ? '-' : m < 10 ? m.toFixed(1) : String(Math.round(m)));

function timings(figures: ReportFigures): string {
  const t = figures.minutesFromFirstTip;
  const row = (label: string, s: Spread) => `<tr><th scope="row">${label}</th><td class="n">${s.n}</td><td class="n">${minutes(s.median)}</td><td class="n">${minutes(s.p90)}</td></tr>`;
  const rows = [
    row(both('first page', 'แจ้งเตือนครั้งแรก'), t.firstPage),
    ...Object.entries(t.accepted).map(([role, s]) => row(`${both('accepted', 'รับเรื่อง')}: ${escape(role)}`, s)),
    ...Object.entries(t.arrived).map(([role, s]) => row(`${both('arrived', 'ถึงที่เกิดเหตุ')}: ${escape(role)}`, s)),
  ];
  return `<section><h2>${both('Minutes from the first tip', 'นาทีนับจากเบาะแสแรก')}</h2>
<table class="timings"><thead><tr><th></th><th>${both('incidents', 'เหตุ')}</th><th>${both('median', 'มัธยฐาน')}</th><th>${both('90th percentile', 'เปอร์เซ็นไทล์ที่ 90')}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/**
 * The period's report as one self-contained HTML file to print or keep (no script, no outside
 * resource): the same figures as the reports page, bars drawn in CSS so a printer shows them. No
 * reporter details and no tip text are in the figures it is given.
 */
export function renderReportDocument(figures: ReportFigures, made: { at: Date; by: string }): string {
  const p = figures.period;
  const scope = [
    p.district ? districtName(p.district, 'en') : 'all districts',
    p.priority ?? 'all priorities',
    figures.organization ? `organisation ${figures.organization}` : 'the whole team',
  ].join(' · ');
  const totals: [string, number][] = [
    [both('Incidents', 'เหตุ'), figures.incidents],
    [both('Children rescued', 'เด็กที่ได้รับการช่วยเหลือ'), figures.rescuedMinors],
    [both('Adults rescued', 'ผู้ใหญ่ที่ได้รับการช่วยเหลือ'), figures.rescuedAdults],
    [both('Referred or handed over', 'ส่งต่อ'), figures.referred],
    [both('False alarms', 'แจ้งเหตุไม่จริง'), figures.falseAlarms],
    [both('Chains exhausted (nobody accepted)', 'ไม่มีผู้รับเรื่อง'), figures.chainsExhausted],
  ];
  const made_ = DateTime.fromJSDate(made.at, { zone: p.timeZone }).toFormat('yyyy-MM-dd HH:mm');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Report ${escape(p.from)} to ${escape(p.to)}</title>
<style>
  body { font: 11pt/1.4 "Noto Sans", "Noto Sans Thai", sans-serif; margin: 2em; color: #111; }
  h1 { font-size: 16pt; margin: 0 0 .2em; } h2 { font-size: 12pt; margin: 1.2em 0 .4em; }
  .th { color: #555; font-weight: normal; } .meta { color: #444; }
  table { border-collapse: collapse; } th, td { padding: .15em .6em; text-align: left; vertical-align: middle; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  .bars td.bar { width: 14em; } .bars td.bar span { display: block; height: .8em; background: #2b6cb0;
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .timings th, .timings td { border-bottom: 1px solid #ddd; }
  section { break-inside: avoid; } .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2em; }
  footer { margin-top: 2em; font-size: 9pt; color: #555; }
  @page { size: A4; margin: 15mm; } @media print { body { margin: 0; } }
</style></head><body>
<h1>${both('Report', 'รายงาน')}: ${escape(p.from)} – ${escape(p.to)}</h1>
<p class="meta">${escape(scope)} · ${escape(p.timeZone)}</p>
<section><table class="totals">${totals.map(([label, n]) => `<tr><th scope="row">${label}</th><td class="n">${n}</td></tr>`).join('')}</table></section>
${timings(figures)}
<div class="grid">
${bars(both('Incidents by month', 'เหตุรายเดือน'), figures.incidentsBy.month)}
${bars(both('Incidents by district', 'เหตุรายอำเภอ'), figures.incidentsBy.district, (d) => districtName(d, 'en'))}
${bars(both('Incidents by priority', 'เหตุตามความเร่งด่วน'), figures.incidentsBy.priority)}
${bars(both('Incidents by outcome', 'เหตุตามผล'), figures.incidentsBy.outcome)}
${bars(both('Tips by channel', 'เบาะแสตามช่องทาง'), figures.tips.byChannel)}
${bars(both('Tips by language', 'เบาะแสตามภาษา'), figures.tips.byLanguage)}
</div>
<footer>${both('Drills are not counted. No reporter details are in this report.', 'ไม่นับการซ้อมแผน รายงานนี้ไม่มีข้อมูลผู้แจ้ง')} ${both('Made', 'จัดทำ')} ${escape(made_)} ${both('by', 'โดย')} ${escape(made.by)}</footer>
</body></html>
`;
}
