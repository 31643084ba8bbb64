// The alert desk: alerts pushed live, newest first, with filters, a cue for new level-1 alerts and
// the detail of the selected alert with its workflow actions and audit trail.
import { api, imageUrl } from './api.js';
import { h, age } from './dom.js';
import { onAlert } from './push.js';
import { cue } from './cue.js';
import { loadDirectory, channelName, siteName } from './directory.js';
import { alertDetail } from './alert-detail.js';

const STATES = ['NEW', 'ACKNOWLEDGED', 'DISPATCHED', 'RESOLVED', 'CLOSED', 'DISMISSED'];
const KNOWN_TYPES = ['ZONE_INTRUSION', 'LINE_CROSSING', 'LOITERING', 'CROWD', 'DEVICE_OFFLINE', 'DEVICE_ALARM'];
const PAGE = 100;

function select(name, label, options) {
  return h('label', {}, label, h('select', { name },
    h('option', { value: '' }, 'all'), options.map(([value, text]) => h('option', { value }, text))));
}

export function deskView({ root, user, args, staff }) {
  const alerts = new Map();
  const thumbs = new Map();
  let directory = { channels: new Map(), siteOf: new Map() };
  let selected = args[0] === 'alert' ? args[1] : null;
  let detail = null;

  const filters = h('form.filters', { onchange: () => reload() },
    select('state', 'State', [['open', 'open (new, ack., dispatched)'], ...STATES.map(s => [s, s.toLowerCase()])]),
    select('type', 'Type', KNOWN_TYPES.map(t => [t, t.toLowerCase().replace(/_/g, ' ')])),
    select('level', 'Level', [['1', 'level 1'], ['2', 'level 2'], ['3', 'level 3']]),
    staff ? select('channel', 'Channel', []) : null,
    h('label.check', {}, h('input', { type: 'checkbox', name: 'sound', checked: true }), 'Sound'));
  const summary = h('div.summary');
  const body = h('tbody');
  const table = h('table.alerts', {},
    h('thead', {}, h('tr', {}, ['', 'Level', 'Type', 'Channel', 'Site', 'Age', 'State'].map(t => h('th', {}, t)))),
    body);
  const side = h('aside.desk-detail', {}, h('p.placeholder', {}, 'Select an alert to see it and act on it.'));
  root.append(h('section.desk', {}, h('div.desk-list', {}, filters, summary, h('div.table-wrap', {}, table)), side));

  function query() {
    const params = new URLSearchParams({ limit: String(PAGE) });
    const state = filters.elements.state.value;
    if (state && state !== 'open') params.set('state', state);
    if (filters.elements.type.value) params.set('type', filters.elements.type.value);
    if (staff && filters.elements.channel.value) params.set('channel', filters.elements.channel.value);
    return params;
  }

  function passes(alert) {
    const f = filters.elements;
    if (f.state.value === 'open' && !['NEW', 'ACKNOWLEDGED', 'DISPATCHED'].includes(alert.state)) return false;
    if (f.state.value && f.state.value !== 'open' && alert.state !== f.state.value) return false;
    if (f.type.value && alert.type !== f.type.value) return false;
    if (f.level.value && String(alert.level) !== f.level.value) return false;
    if (staff && f.channel.value && alert.channelId !== f.channel.value) return false;
    return true;
  }

  function thumbnail(alert) {
    const img = h('img', { alt: '', loading: 'lazy' });
    if (alert.snapshotUrl) {
      if (!thumbs.has(alert.id)) thumbs.set(alert.id, imageUrl(alert.snapshotUrl).catch(() => null));
      thumbs.get(alert.id).then(url => { if (url) img.src = url; });
    }
    return h('td.thumb', {}, img);
  }

  function row(alert, receivedAt) {
    const tr = h('tr', {
      dataset: { id: alert.id, state: alert.state, level: String(alert.level), channel: alert.channelId,
        occurrences: String(alert.occurrences) },
      className: selected === alert.id ? 'selected' : '',
      onclick: () => select_(alert.id),
    },
    thumbnail(alert),
    h('td', {}, h(`span.level.l${alert.level}`, {}, `L${alert.level}`)),
    h('td.type', {}, alert.type.toLowerCase().replace(/_/g, ' '),
      alert.occurrences > 1 ? h('span.occ', { title: 'occurrences' }, `×${alert.occurrences}`) : null),
    h('td', {}, channelName(directory, alert.channelId)),
    h('td', {}, siteName(directory, alert.channelId, alert.jurisdiction)),
    h('td.age', { dataset: { time: alert.eventTime } }, age(alert.eventTime)),
    h('td', {}, h(`span.state.s-${alert.state.toLowerCase()}`, {}, alert.state.toLowerCase()),
      alert.overdue ? h('span.overdue', {}, 'overdue') : null));
    if (receivedAt) {
      tr.dataset.receivedAt = String(Math.round(receivedAt));
      tr.classList.add('fresh');
    }
    return tr;
  }

  function render() {
    const shown = [...alerts.values()].filter(passes)
      .sort((a, b) => Date.parse(b.eventTime) - Date.parse(a.eventTime));
    const existing = new Map([...body.children].map(tr => [tr.dataset.id, tr]));
    body.replaceChildren(...shown.map(alert => {
      const tr = existing.get(alert.id);
      return tr && tr.dataset.state === alert.state && tr.dataset.occurrences === String(alert.occurrences) ? tr : row(alert);
    }));
    count();
  }

  function count() {
    const open = [...alerts.values()].filter(a => ['NEW', 'ACKNOWLEDGED', 'DISPATCHED'].includes(a.state)).length;
    summary.textContent = `${body.children.length} shown · ${open} open · ${alerts.size} loaded`;
  }

  async function reload() {
    const page = await api(`/api/v1/alerts?${query()}`);
    alerts.clear();
    page.alerts.forEach(alert => alerts.set(alert.id, alert));
    render();
    if (selected && !detail) select_(selected);
  }

  function select_(id) {
    selected = id;
    body.querySelectorAll('tr').forEach(tr => tr.classList.toggle('selected', tr.dataset.id === id));
    history.replaceState(null, '', `#/desk/alert/${encodeURIComponent(id)}`);
    if (detail) detail.stop();
    detail = alertDetail({ id, container: side, directory, user, onChange: updated => pushed(updated) });
    side.classList.add('open');
  }

  function pushed(alert, receivedAt) {
    const known = alerts.has(alert.id);
    alerts.set(alert.id, alert);
    if (!passes(alert)) {
      render();
      return;
    }
    if (!known && receivedAt) {
      const tr = row(alert, receivedAt);
      body.prepend(tr);
      if (alert.level === 1 && alert.state === 'NEW') {
        cue(`New level-1 alert: ${alert.type.toLowerCase().replace(/_/g, ' ')} at ${
          channelName(directory, alert.channelId)}`, !filters.elements.sound.checked);
      }
    } else {
      const old = body.querySelector(`tr[data-id="${CSS.escape(alert.id)}"]`);
      if (old) old.replaceWith(row(alert));
      else render();
    }
    count();
    if (selected === alert.id && detail) detail.refresh();
  }

  const unsubscribe = onAlert(pushed, () => reload().catch(() => {}));
  const ticker = setInterval(() => body.querySelectorAll('td.age').forEach(td => {
    td.textContent = age(td.dataset.time);
  }), 1000);

  loadDirectory(staff).then(loaded => {
    directory = loaded;
    const channels = filters.elements.channel;
    if (!channels) return;
    for (const channel of directory.channels.values()) channels.append(h('option', { value: channel.id }, channel.name));
  }).catch(() => {}).finally(() => reload().catch(error => { summary.textContent = error.message; }));

  return {
    stop() {
      unsubscribe();
      clearInterval(ticker);
      thumbs.forEach(promise => promise.then(url => url && URL.revokeObjectURL(url)));
    },
  };
}
