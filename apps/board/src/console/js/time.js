// Clocks on the page: every element with data-since (elapsed) or data-until (countdown) is updated
// once a second by one timer, however many incidents are shown.

import { t } from './i18n.js';

export function formatDuration(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function formatTime(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(document.documentElement.lang === 'th' ? 'th-TH' : 'en-GB', {
    day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Asia/Bangkok',
  });
}

function tickOne(el, now) {
  let text;
  if (el.dataset.since) {
    text = formatDuration(now - Date.parse(el.dataset.since));
  } else {
    const left = Date.parse(el.dataset.until) - now;
    text = left >= 0 ? formatDuration(left) : `${t('board.overdue')} ${formatDuration(-left)}`;
    if (el.classList.contains('overdue') !== left < 0) el.classList.toggle('overdue', left < 0);
  }
  if (el.textContent !== text) el.textContent = text;
}

/** Every clock on the page, or only those inside `roots` (cards just built). */
function tick(roots) {
  const now = Date.now();
  for (const root of roots ?? [document]) for (const el of root.querySelectorAll('[data-since], [data-until]')) tickOne(el, now);
}

export function startClock() {
  tick();
  // A hidden tab has nobody to show seconds to; it catches up when shown.
  setInterval(() => { if (!document.hidden) tick(); }, 1000);
  document.addEventListener('visibilitychange', () => { if (!document.hidden) tick(); });
}

export const refreshClocks = tick;
