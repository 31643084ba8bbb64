// Channels: the list with health, and the onboarding form: an RTSP camera, a file, or a GB28181
// channel to adopt; a probe showing codec, size, fps and a snapshot; zones, lines and rules
// drawn on that snapshot; the key site the channel watches. Errors appear next to their fields.
import { api, imageUrl, ApiError } from './api.js';
import { h, showErrors, clearErrors } from './dom.js';
import { loadDirectory, siteName } from './directory.js';
import { ShapeEditor } from './editor.js';
import { shapeRow, toBody, fromChannel } from './shapes.js';

const ID_PATTERN = '[a-z0-9][a-z0-9_\\-]{0,63}';

export function channelsView({ root, user, args }) {
  const admin = user.role === 'admin';
  if (args[0] === 'new' || args[0] === 'edit') {
    channelForm({ root, id: args[1] || null, admin });
  } else {
    channelList({ root, admin });
  }
  return { stop() {} };
}

async function channelList({ root, admin }) {
  const body = h('tbody');
  root.append(h('section.channels', {},
    h('div.toolbar', {}, h('h2', {}, 'Channels'), admin ? h('a.button.primary', { href: '#/channels/new' }, 'Add channel') : null),
    h('div.table-wrap', {}, h('table.plain.channel-list', {},
      h('thead', {}, h('tr', {}, ['Channel', 'Id', 'Site', 'Source', 'State', 'Picture', 'Zones / rules', ''].map(t => h('th', {}, t)))),
      body))));
  const directory = await loadDirectory(true);
  for (const c of directory.channels.values()) {
    const health = c.health || {};
    body.append(h('tr', { dataset: { id: c.id } },
      h('td', {}, c.name), h('td.mono', {}, c.id), h('td', {}, siteName(directory, c.id)),
      h('td', {}, c.source.type === 'rtsp' ? c.source.url : c.source.type === 'file' ? c.source.path : `GB ${c.source.channelId}`),
      h('td', {}, h(`span.state.h-${(health.state || 'offline').toLowerCase()}`, { title: health.reason || '' }, (health.state || 'OFFLINE').toLowerCase())),
      h('td', {}, health.codec ? `${health.codec} ${health.width}×${health.height} ${Math.round(health.inputFps)} fps` : '—'),
      h('td.num', {}, `${(c.zones || []).length} / ${(c.rules || []).length}`),
      h('td', {}, admin ? h('a.button', { href: `#/channels/edit/${encodeURIComponent(c.id)}` }, 'Edit') : null)));
  }
}

function field(label, path, control) {
  control.dataset.path = path;
  return h('label', {}, label, control);
}

async function channelForm({ root, id, admin }) {
  const editing = Boolean(id);
  const editor = new ShapeEditor({ onChange: () => renderRows() });
  const rows = h('div.shape-rows');
  const probeOut = h('div.probe-result');
  const site = h('select', { name: 'site' }, h('option', { value: '' }, 'no key site'));
  const gbDevice = h('select', { name: 'deviceId' });
  const gbChannel = h('select', { name: 'channelId' });
  const form = h('form.card.channel-form', { novalidate: true },
    h('h2', {}, editing ? `Edit channel ${id}` : 'Add channel'),
    h('div.form-grid', {},
      field('Id', 'id', h('input', { name: 'id', pattern: ID_PATTERN, required: true, readOnly: editing, placeholder: 'gate-north' })),
      field('Name', 'name', h('input', { name: 'name', placeholder: '北门 North gate' })),
      field('Source', 'source.type', h('select', { name: 'type', onchange: () => showSource() },
        h('option', { value: 'rtsp' }, 'RTSP camera'), h('option', { value: 'gb28181' }, 'GB28181 channel (adopt)'),
        h('option', { value: 'file' }, 'Video file'))),
      h('div.source.s-rtsp', {},
        field('RTSP URL', 'source.url', h('input', { name: 'url', placeholder: 'rtsp://user:password@192.168.1.64:554/Streaming/Channels/101' })),
        field('Transport', 'source.transport', h('select', { name: 'transport' }, h('option', {}, 'tcp'), h('option', {}, 'udp')))),
      h('div.source.s-file', {},
        field('File path', 'source.path', h('input', { name: 'path', placeholder: 'samples/footage/vtest.avi' })),
        h('label.check', {}, h('input', { type: 'checkbox', name: 'loop', checked: true }), 'loop')),
      h('div.source.s-gb28181', {},
        field('Device', 'deviceId', gbDevice), field('Channel', 'channelId', gbChannel),
        field('Media transport', 'transport', h('select', { name: 'gbTransport' }, h('option', {}, 'udp'), h('option', {}, 'tcp')))),
      field('Analysis fps', 'analysis.fps', h('input', { name: 'fps', type: 'number', min: 1, max: 30, step: 'any', placeholder: '5' })),
      field('Analysis width', 'analysis.width', h('input', { name: 'width', type: 'number', min: 160, max: 1920, placeholder: '640' })),
      field('Key site', 'site', site)),
    h('div.probe', {}, h('button', { type: 'button', name: 'probe', onclick: () => probe() }, 'Probe source'), probeOut),
    h('h3', {}, 'Zones, lines and rules'),
    editor.el, rows,
    h('div.form-error', { dataset: { path: '' } }),
    h('div.buttons', {}, h('button.primary', { type: 'submit', disabled: !admin }, editing ? 'Save changes' : 'Add channel'),
      h('a.button', { href: '#/channels' }, 'Cancel')));
  root.append(h('section.onboarding', {}, form));
  // the channel's own inputs; the shape rows below have inputs of the same names (id, type)
  const grid = form.querySelector('.form-grid');
  const inputs = new Proxy({}, { get: (_, name) => grid.querySelector(`[name="${String(name)}"]`) });

  function showSource() {
    const type = inputs.type.value;
    form.querySelectorAll('.source').forEach(el => { el.hidden = !el.classList.contains(`s-${type}`); });
    if (type === 'gb28181' && !gbDevice.options.length) loadDevices();
  }

  async function loadDevices() {
    const { devices } = await api('/api/v1/gb/devices');
    gbDevice.replaceChildren(...devices.map(d => h('option', { value: d.deviceId }, `${d.name || d.deviceId}${d.online ? '' : ' (offline)'}`)));
    gbDevice.onchange = loadGbChannels;
    if (devices.length) loadGbChannels();
  }

  async function loadGbChannels() {
    const answer = await api(`/api/v1/gb/devices/${encodeURIComponent(gbDevice.value)}/channels`);
    gbChannel.replaceChildren(...answer.channels.map(c => h('option', { value: c.channelId }, `${c.name || c.channelId} · ${c.channelId}`)));
  }

  function renderRows() {
    rows.replaceChildren(...editor.shapes.map((shape, i) => shapeRow(shape, i, {
      onSelect: () => editor.select(i),
      onRemove: () => editor.remove(i),
      onKind: type => { shape.settings = { ...(shape.settings || {}), ...snapshotRow(i), type }; renderRows(); },
    })));
  }

  function snapshotRow(i) {
    const row = rows.children[i];
    const values = {};
    row.querySelectorAll('[name]').forEach(el => { values[el.name] = el.value; });
    return { id: values.id, cooldown: values.cooldown };
  }

  function source() {
    const f = inputs;
    if (f.type.value === 'rtsp') return { type: 'rtsp', url: f.url.value.trim(), transport: f.transport.value };
    if (f.type.value === 'file') return { type: 'file', path: f.path.value.trim(), loop: f.loop.checked };
    return { type: 'gb28181', deviceId: gbDevice.value, channelId: gbChannel.value, transport: f.gbTransport.value };
  }

  function body() {
    const f = inputs;
    const spec = { id: f.id.value.trim() };
    if (f.name.value.trim()) spec.name = f.name.value.trim();
    const analysis = {};
    if (f.fps.value) analysis.fps = Number(f.fps.value);
    if (f.width.value) analysis.width = Number(f.width.value);
    if (Object.keys(analysis).length) spec.analysis = analysis;
    const { zones, rules } = toBody([...rows.children], editor.shapes);
    spec.zones = zones;
    // only sent when there are rules, so that a server without rules still takes plain zones
    if (rules.length) spec.rules = rules;
    if (f.type.value !== 'gb28181') spec.source = source();
    return spec;
  }

  async function probe() {
    clearErrors(form);
    probeOut.replaceChildren(h('span.dim', {}, 'probing…'));
    try {
      const result = await api('/api/v1/channels/probe', { method: 'POST', body: { source: source() } });
      probeOut.replaceChildren(h('dl.facts.probe-facts', {},
        h('dt', {}, 'Codec'), h('dd', { dataset: { probe: 'codec' } }, result.codec),
        h('dt', {}, 'Resolution'), h('dd', { dataset: { probe: 'resolution' } }, `${result.width}×${result.height}`),
        h('dt', {}, 'Frame rate'), h('dd', { dataset: { probe: 'fps' } }, `${Number(result.fps).toFixed(1)} fps`)));
      await editor.background(result.snapshot);
    } catch (error) {
      probeOut.replaceChildren();
      // the probe's body is {"source": {...}}: its error paths (source.url) are the form's own
      showErrors(form, error instanceof ApiError ? error : new ApiError(0, { detail: error.message }));
    }
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const spec = body();
    try {
      if (inputs.type.value === 'gb28181' && !editing) {
        spec.transport = inputs.gbTransport.value;
        await api(`/api/v1/gb/devices/${encodeURIComponent(gbDevice.value)}/channels/${encodeURIComponent(gbChannel.value)}/adopt`,
          { method: 'POST', body: spec });
      } else if (editing) {
        await api(`/api/v1/channels/${encodeURIComponent(id)}`, { method: 'PUT', body: spec });
      } else {
        await api('/api/v1/channels', { method: 'POST', body: spec });
      }
      if (site.value) {
        await api(`/api/v1/channels/${encodeURIComponent(spec.id)}/assignment`, { method: 'PUT', body: { site: site.value } });
      }
      location.hash = '#/channels';
    } catch (error) {
      showErrors(form, error instanceof ApiError ? error : new ApiError(0, { detail: error.message }));
    }
  });

  const { sites } = await api('/api/v1/sites');
  sites.forEach(s => site.append(h('option', { value: s.code }, s.name)));
  if (editing) {
    const channel = await api(`/api/v1/channels/${encodeURIComponent(id)}`);
    const f = inputs;
    f.id.value = channel.id;
    f.name.value = channel.name;
    f.type.value = channel.source.type;
    if (channel.source.type === 'rtsp') { f.url.value = channel.source.url; f.transport.value = channel.source.transport; }
    if (channel.source.type === 'file') { f.path.value = channel.source.path; f.loop.checked = channel.source.loop; }
    if (channel.analysis) { f.fps.value = channel.analysis.fps; f.width.value = channel.analysis.width; }
    const assigned = sites.find(s => s.channels.includes(channel.id));
    if (assigned) site.value = assigned.code;
    editor.load(fromChannel(channel));
    renderRows();
    imageUrl(`/api/v1/channels/${encodeURIComponent(id)}/snapshot`).then(url => editor.background(url)).catch(() => {});
  }
  showSource();
}
