// The video wall: 1, 4, 9 or 16 live tiles, the user's saved layout, overlay switch, a tour
// through channels at an interval, and the enlarged full-rate view of one channel.
import { api } from './api.js';
import { h, showErrors } from './dom.js';
import { onAlert } from './push.js';
import { loadDirectory, siteName } from './directory.js';
import { Tile } from './tile.js';
import { FullRatePlayer } from './player.js';
import { TILE_COUNTS, loadLayout, saveLayout } from './layout.js';

/** Frames per second asked of each tile: fewer as tiles get smaller. */
const FPS = { 1: 8, 4: 4, 9: 2, 16: 1 };
const HEALTH_POLL_MS = 5000;

export function wallView({ root, staff }) {
  let directory = { channels: new Map(), siteOf: new Map() };
  let layout = null;
  let tiles = [];
  let tourPage = 0;
  let tourTimer = null;
  let enlarged = null;
  let stopped = false;

  const savedAt = h('span.saved');
  const layoutButtons = TILE_COUNTS.map(n => h('button.layout', {
    type: 'button', dataset: { tiles: String(n) }, title: `${n} tile${n > 1 ? 's' : ''}`,
    onclick: () => change({ tiles: n, channels: fill(layout.channels, n) }),
  }, String(n)));
  const overlayBox = h('input', { type: 'checkbox', name: 'overlay', onchange: () => change({ overlay: overlayBox.checked }) });
  const tourBox = h('input', { type: 'checkbox', name: 'tour', onchange: () => change({ tour: tourBox.checked ? tourOf() : null }) });
  const tourInterval = h('input', { type: 'number', name: 'interval', min: 5, max: 3600, value: 20, dataset: { path: 'tour.intervalSeconds' },
    onchange: () => { if (layout.tour) change({ tour: tourOf() }); } });
  const toolbar = h('form.toolbar', { onsubmit: e => e.preventDefault() },
    h('div.group', {}, h('span.dim', {}, 'Layout'), layoutButtons),
    h('label.check', {}, overlayBox, 'Analysis overlay'),
    h('label.check', {}, tourBox, 'Tour every'), h('label.inline', {}, tourInterval, 's'),
    savedAt, h('div.form-error'));
  const grid = h('div.wall-grid');
  root.append(h('section.wall', {}, toolbar, grid));

  function fill(ids, n) {
    const chosen = ids.slice(0, n);
    for (const id of directory.channels.keys()) {
      if (chosen.length >= n) break;
      if (!chosen.includes(id)) chosen.push(id);
    }
    return chosen;
  }

  function tourOf() {
    return { channels: [...directory.channels.keys()], intervalSeconds: Number(tourInterval.value) || 20 };
  }

  async function change(patch) {
    layout = { ...layout, ...patch };
    tourPage = 0;
    build();
    try {
      const where = await saveLayout(layout);
      savedAt.textContent = where === 'server' ? 'layout saved' : 'layout kept in this browser';
      savedAt.dataset.where = where;
    } catch (error) {
      showErrors(toolbar, error);
    }
  }

  function shownChannels() {
    if (!layout.tour) return layout.channels;
    const ids = layout.tour.channels.length ? layout.tour.channels : [...directory.channels.keys()];
    const start = (tourPage * layout.tiles) % Math.max(1, ids.length);
    return Array.from({ length: Math.min(layout.tiles, ids.length) }, (_, i) => ids[(start + i) % ids.length]);
  }

  function build() {
    tiles.forEach(tile => tile.close());
    clearInterval(tourTimer);
    layoutButtons.forEach(b => b.classList.toggle('active', Number(b.dataset.tiles) === layout.tiles));
    overlayBox.checked = layout.overlay;
    tourBox.checked = Boolean(layout.tour);
    if (layout.tour) tourInterval.value = layout.tour.intervalSeconds;
    grid.className = `wall-grid n${layout.tiles}`;
    const ids = shownChannels();
    tiles = Array.from({ length: layout.tiles }, (_, i) => {
      const channel = directory.channels.get(ids[i]);
      return new Tile({
        channel, site: channel ? siteName(directory, channel.id, '') : '', fps: FPS[layout.tiles], overlay: layout.overlay,
        onEnlarge: enlarge, onPick: tile => pick(tile, i),
      });
    });
    grid.replaceChildren(...tiles.map(tile => tile.el));
    if (layout.tour) {
      tourTimer = setInterval(() => { tourPage += 1; build(); }, layout.tour.intervalSeconds * 1000);
    }
  }

  function pick(tile, index) {
    const menu = h('div.picker', {},
      h('div.picker-head', {}, 'Show in this tile'),
      [...directory.channels.values()].map(channel => h('button', {
        type: 'button', dataset: { channel: channel.id },
        onclick: () => {
          const channels = fill(layout.channels, layout.tiles);
          channels[index] = channel.id;
          change({ channels, tour: null });
        },
      }, channel.name, h('span.dim', {}, ` ${siteName(directory, channel.id, '')}`))),
      h('button.ghost', { type: 'button', onclick: () => menu.remove() }, 'Cancel'));
    tile.el.append(menu);
  }

  function enlarge(channel) {
    closeEnlarged();
    const video = h('video', { muted: true, autoplay: true, playsInline: true });
    const delay = h('span.delay', {}, 'measuring delay…');
    const message = h('div.no-signal', { hidden: true });
    const samples = [];
    const panel = h('div.enlarged', { dataset: { channel: channel.id } },
      h('div.enlarged-bar', {},
        h('span.name', {}, channel.name), h('span.site', {}, siteName(directory, channel.id, '')),
        h('span.dim', {}, 'full-rate original stream'), delay,
        h('button.ghost', { type: 'button', onclick: closeEnlarged }, 'Close ✕')),
      h('div.enlarged-body', {}, video, message));
    const player = new FullRatePlayer(video, channel.id, {
      onDelay: ms => {
        samples.push(ms);
        if (samples.length > 50) samples.shift();
        const sorted = [...samples].sort((a, b) => a - b);
        const median = sorted[Math.floor(sorted.length / 2)];
        delay.textContent = `delay ${(median / 1000).toFixed(2)} s`;
        panel.dataset.delayMs = String(Math.round(median));
        panel.dataset.samples = String(samples.length);
      },
      onError: text => { message.hidden = false; message.textContent = text; panel.dataset.error = text; },
    });
    enlarged = { panel, player };
    root.append(panel);
    player.start();
  }

  function closeEnlarged() {
    if (!enlarged) return;
    enlarged.player.stop();
    enlarged.panel.remove();
    enlarged = null;
  }

  async function refreshHealth() {
    const list = await api('/api/v1/channels');
    for (const channel of list.channels) {
      directory.channels.set(channel.id, channel);
      tiles.filter(tile => tile.channel && tile.channel.id === channel.id).forEach(tile => tile.update(channel));
    }
  }

  // nobody watches a hidden page: its streams stop, and start again when it is shown
  function visibility() {
    if (document.hidden) {
      tiles.forEach(tile => tile.close());
      clearInterval(tourTimer);
    } else if (layout) {
      build();
    }
  }

  const unsubscribe = onAlert(alert => {
    if (alert.state !== 'NEW') return;
    tiles.filter(tile => tile.channel && tile.channel.id === alert.channelId).forEach(tile => tile.alarm(alert));
  });
  const poll = setInterval(() => refreshHealth().catch(() => {}), HEALTH_POLL_MS);
  document.addEventListener('visibilitychange', visibility);

  (async () => {
    directory = await loadDirectory(staff);
    const loaded = await loadLayout([...directory.channels.keys()]);
    if (stopped) return;
    layout = loaded.layout;
    savedAt.dataset.where = loaded.where;
    build();
  })().catch(error => grid.replaceChildren(h('p.placeholder', {}, error.message)));

  return {
    stop() {
      stopped = true;
      unsubscribe();
      clearInterval(poll);
      clearInterval(tourTimer);
      document.removeEventListener('visibilitychange', visibility);
      tiles.forEach(tile => tile.close());
      closeEnlarged();
    },
  };
}
