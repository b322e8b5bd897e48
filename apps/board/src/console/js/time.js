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

function tick() {
  const now = Date.now();
  for (const el of document.querySelectorAll('[data-since]')) {
    el.textContent = formatDuration(now - Date.parse(el.dataset.since));
  }
  for (const el of document.querySelectorAll('[data-until]')) {
    const left = Date.parse(el.dataset.until) - now;
    el.textContent = left >= 0 ? formatDuration(left) : `${t('board.overdue')} ${formatDuration(-left)}`;
    el.classList.toggle('overdue', left < 0);
  }
}

export function startClock() {
  tick();
  setInterval(tick, 1000);
}

export const refreshClocks = tick;
