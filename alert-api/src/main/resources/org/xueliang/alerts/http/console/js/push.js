// The one alert stream of the console: every new alert and every state change, pushed after it is
// stored. Views subscribe; on a drop the console reconnects and tells them to reload what they show.
import { socketUrl } from './api.js';

const listeners = new Set();
const reloaders = new Set();
let socket = null;
let retry = null;
let stopped = true;

function setState(live) {
  const el = document.getElementById('push-state');
  el.textContent = live ? 'push live' : 'push offline';
  el.className = `push ${live ? 'live' : 'down'}`;
}

function connect() {
  socket = new WebSocket(socketUrl('/api/v1/alerts/stream'));
  socket.onopen = () => {
    setState(true);
    // the server drops consoles that fall behind: whatever was missed is in the reload
    reloaders.forEach(reload => reload());
  };
  socket.onmessage = event => {
    const receivedAt = performance.timeOrigin + performance.now();
    const alert = JSON.parse(event.data);
    listeners.forEach(listener => listener(alert, receivedAt));
  };
  socket.onclose = () => {
    setState(false);
    if (!stopped) retry = setTimeout(connect, 2000);
  };
}

export function startPush() {
  stopped = false;
  connect();
}

export function stopPush() {
  stopped = true;
  clearTimeout(retry);
  if (socket) socket.close();
  socket = null;
}

/** Calls listener(alert, receivedAtEpochMs) for each pushed alert; returns the unsubscribe. */
export function onAlert(listener, reload) {
  listeners.add(listener);
  if (reload) reloaders.add(reload);
  return () => {
    listeners.delete(listener);
    if (reload) reloaders.delete(reload);
  };
}
