// Entry point: signs in, keeps the session, and shows the view the address names (#/wall, #/desk, ...).
import { api, setToken, onUnauthorized, ApiError } from './api.js';
import { startPush, stopPush } from './push.js';
import { showErrors } from './dom.js';
import { wallView } from './wall.js';
import { deskView } from './desk.js';
import { statsView } from './stats.js';
import { channelsView } from './channels.js';

const SESSION_KEY = 'xl.session';
const views = { wall: wallView, desk: deskView, stats: statsView, channels: channelsView };
const STAFF = new Set(['admin', 'operator']);
let user = null;
let current = null;

function isStaff() {
  return user && STAFF.has(user.role);
}

function startClock() {
  const clock = document.getElementById('clock');
  const tick = () => { clock.textContent = new Date().toLocaleTimeString('en-GB', { hour12: false }); };
  tick();
  setInterval(tick, 1000);
}

async function begin(token) {
  setToken(token);
  user = await api('/api/v1/auth/me');
  localStorage.setItem(SESSION_KEY, token);
  document.getElementById('who').textContent =
    `${user.name} · ${user.role.replace('_', ' ')}${user.jurisdiction ? ` · ${user.jurisdiction}` : ''}`;
  document.getElementById('sign-out').hidden = false;
  const nav = document.getElementById('nav');
  nav.hidden = false;
  nav.querySelectorAll('[data-staff]').forEach(link => { link.hidden = !isStaff(); });
  document.body.dataset.role = user.role;
  startPush();
  window.addEventListener('hashchange', route);
  route();
}

function route() {
  const [name, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  const fallback = isStaff() ? 'wall' : 'desk';
  const chosen = views[name] && (isStaff() || !document.querySelector(`#nav [data-view="${name}"][data-staff]`))
    ? name : fallback;
  if (chosen !== name) {
    location.replace(`#/${chosen}`);
    return;
  }
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.view === chosen));
  if (current) current.stop();
  const main = document.getElementById('view');
  main.replaceChildren();
  main.className = `view-${chosen}`;
  current = views[chosen]({ root: main, user, args: rest.map(decodeURIComponent), staff: isStaff() });
}

function signOut() {
  localStorage.removeItem(SESSION_KEY);
  stopPush();
  location.hash = '';
  location.reload();
}

function showLogin(message) {
  const main = document.getElementById('view');
  main.replaceChildren(document.getElementById('login-template').content.cloneNode(true));
  main.className = 'view-login';
  const form = document.getElementById('login-form');
  if (message) form.querySelector('.form-error').textContent = message;
  const attempt = async promise => {
    try {
      await begin(await promise);
    } catch (error) {
      localStorage.removeItem(SESSION_KEY);
      showErrors(form, error instanceof ApiError ? error : new ApiError(0, { detail: error.message }));
    }
  };
  form.addEventListener('submit', event => {
    event.preventDefault();
    const body = { name: form.elements.name.value.trim(), password: form.elements.password.value };
    attempt(api('/api/v1/auth/login', { method: 'POST', body, open: true }).then(answer => answer.token));
  });
  document.getElementById('token-sign-in').addEventListener('click', () =>
    attempt(Promise.resolve(form.elements.token.value.trim())));
}

onUnauthorized(() => {
  if (user) signOut();
});
document.getElementById('sign-out').addEventListener('click', signOut);
startClock();
const saved = localStorage.getItem(SESSION_KEY);
if (saved) {
  begin(saved).catch(() => {
    localStorage.removeItem(SESSION_KEY);
    showLogin('Your session has ended; sign in again.');
  });
} else {
  showLogin();
}
