// The console: who is logged in, the hash router (#/board, #/incident/:id, #/tip, #/users, #/oncall, #/dead-letters, #/audit, #/reports, #/drills), the live
// stream shared by every page, and the alarms that must be heard whatever page is open.

import { api } from './api.js';
import { raiseAlarm } from './alarm.js';
import { h, clear } from './dom.js';
import { districtName, loadDistricts } from './districts.js';
import { lang, roleName, setLang, t } from './i18n.js';
import { LiveStream } from './live.js';
import { startClock } from './time.js';
import { boardView } from './views/board.js';
import { incidentView } from './views/incident.js';
import { loginView } from './views/login.js';
import { secondFactorSetupView } from './views/second-factor-setup.js';
import { onCallNavLabel, onCallView } from './views/oncall.js';
import { tipFormView } from './views/tip-form.js';
import { usersView } from './views/users.js';
import { auditView } from './views/audit.js';
import { reportsView } from './views/reports.js';
import { drillsView } from './views/drills.js';
import { deadLettersView } from './views/dead-letters.js';

const live = new LiveStream();
const view = document.getElementById('view');
let user;
let current;
// Replayed events (after a reconnect) are news only if they are recent.
const FRESH_MS = 60_000;

function homeOf(u) {
  return u.role === 'operator' ? '#/tip' : '#/board';
}

function chrome() {
  document.body.dataset.title = t('app.title');
  document.title = t('app.title');
  document.getElementById('brand').textContent = t('app.title');
  document.getElementById('lang-switch').textContent = t('lang.switch');
  document.getElementById('live').textContent = user ? t(live.ready ? 'live.on' : 'live.off') : '';
  const logout = document.getElementById('logout');
  logout.hidden = !user;
  logout.textContent = t('nav.logout');
  document.getElementById('who').textContent = user ? `${user.name} · ${t(`userRole.${user.role}`)}` : '';
  const links = !user || user.secondFactor === 'set-up-required' ? [] : [
    ['#/board', t('nav.board')],
    ['admin', 'coordinator', 'operator'].includes(user.role) ? ['#/tip', t('nav.newTip')] : null,
    ['admin', 'coordinator'].includes(user.role) ? ['#/oncall', onCallNavLabel()] : null,
    ['admin', 'coordinator'].includes(user.role) ? ['#/dead-letters', t('nav.deadLetters')] : null,
    ['admin', 'coordinator'].includes(user.role) ? ['#/reports', t('nav.reports')] : null,
    ['admin', 'coordinator'].includes(user.role) ? ['#/drills', t('nav.drills')] : null,
    user.role === 'admin' ? ['#/audit', t('nav.audit')] : null,
    user.role === 'admin' ? ['#/users', t('nav.users')] : null,
  ].filter(Boolean);
  clear(document.getElementById('nav')).append(...links.map(([href, label]) =>
    h('a', { href, 'aria-current': location.hash.startsWith(href) ? 'page' : undefined }, label)));
}

function route() {
  current?.dispose?.();
  chrome();
  const loggedIn = (u) => { user = u; if (u.secondFactor !== 'set-up-required') live.start(); location.hash = homeOf(u); route(); };
  if (!user) {
    current = loginView({ onLoggedIn: loggedIn });
  } else if (user.secondFactor === 'set-up-required') {
    // Nothing else answers this session until the second factor its role requires is set up.
    current = secondFactorSetupView({ user, onDone: loggedIn });
  } else {
    const hash = location.hash || homeOf(user);
    const incident = /^#\/incident\/(.+)$/.exec(hash);
    if (incident) current = incidentView({ id: decodeURIComponent(incident[1]), user, live });
    else if (hash === '#/tip') current = tipFormView({ user });
    else if (hash === '#/users' && user.role === 'admin') current = usersView({ user });
    else if (hash === '#/oncall' && ['admin', 'coordinator'].includes(user.role)) current = onCallView({ user });
    else if (hash === '#/dead-letters' && ['admin', 'coordinator'].includes(user.role)) current = deadLettersView();
    else if (hash === '#/audit' && user.role === 'admin') current = auditView();
    else if (hash === '#/reports' && ['admin', 'coordinator'].includes(user.role)) current = reportsView();
    else if (hash === '#/drills' && ['admin', 'coordinator'].includes(user.role)) current = drillsView();
    else current = boardView({ user, live });
  }
  clear(view).append(current.el);
}

function toast(text, href) {
  const box = document.getElementById('toasts');
  const item = h('a', { class: 'toast', href, onclick: () => item.remove() }, text);
  box.append(item);
  setTimeout(() => item.remove(), 30_000);
}

live.addEventListener('status', chrome);
live.addEventListener('change', (e) => {
  const event = e.detail;
  if (Date.now() - Date.parse(event.at) > FRESH_MS) return;
  const href = `#/incident/${encodeURIComponent(event.incidentId)}`;
  if (event.subject === 'responders.unregistered') {
    // A responder answering from a phone the directory does not have: they think they took a case.
    toast(t('alarm.unregisteredReply'), '#/oncall');
  } else if (event.subject.startsWith('dlq.tips.')) {
    // A tip was accepted and then could not be processed: nobody is paged for it unless a person acts.
    const text = t('alarm.deadLetter');
    raiseAlarm(text);
    toast(text, '#/dead-letters');
  } else if (event.subject === 'incidents.opened' && event.priority === 'P1') {
    const text = t('alarm.newP1', { district: districtName(event.district ?? '') });
    raiseAlarm(text);
    toast(text, href);
  } else if (event.subject === 'incidents.escalated' && event.exhausted) {
    const text = t('alarm.exhausted', { district: '', role: roleName(event.role) });
    raiseAlarm(text);
    toast(text, href);
  }
});

window.addEventListener('hashchange', route);
window.addEventListener('board:unauthorized', () => {
  user = undefined;
  live.stop();
  route();
});
document.getElementById('lang-switch').addEventListener('click', () => {
  setLang(lang() === 'th' ? 'en' : 'th');
  route();
});
document.getElementById('logout').addEventListener('click', async () => {
  await api('/v1/auth/logout', { method: 'POST' }).catch(() => undefined);
  user = undefined;
  live.stop();
  location.hash = '';
  route();
});

async function start() {
  await loadDistricts();
  startClock();
  try {
    user = await api('/v1/auth/me');
    if (user.secondFactor !== 'set-up-required') live.start();
  } catch {
    user = undefined;
  }
  route();
}

void start();
