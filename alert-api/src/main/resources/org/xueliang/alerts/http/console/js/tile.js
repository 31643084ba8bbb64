// One tile of the video wall: the channel's live picture (JPEG frames over a WebSocket, each
// after its overlay message), its name, site, state and video quality, the analysis overlay, and
// a red flash while the channel has a new alert. Closing the tile closes its stream.
import { socketUrl } from './api.js';
import { h } from './dom.js';
import { drawOverlay } from './overlay.js';

const STATE_LABEL = { ONLINE: 'online', STARTING: 'starting', RECONNECTING: 'reconnecting', OFFLINE: 'offline' };

export class Tile {
  constructor({ channel, site, fps, overlay, onEnlarge, onPick }) {
    this.channel = channel;
    this.fps = fps;
    this.overlayOn = overlay;
    this.frames = 0;
    this.socket = null;
    this.pending = null;
    this.closed = false;
    this.canvas = h('canvas', { width: 640, height: 360 });
    this.stateEl = h('span.dot');
    this.quality = h('span.quality');
    this.signal = h('div.no-signal', {}, 'connecting…');
    this.el = h('div.tile', { dataset: { channel: channel ? channel.id : '' }, ondblclick: () => channel && onEnlarge(channel) },
      this.canvas, this.signal,
      h('div.tile-bar', {},
        this.stateEl,
        h('span.name', { title: channel ? channel.id : '' }, channel ? channel.name : 'empty'),
        h('span.site', {}, site || ''),
        this.quality,
        channel ? h('button.ghost.enlarge', { type: 'button', title: 'full-rate view', onclick: () => onEnlarge(channel) }, '⤢') : null,
        h('button.ghost.pick', { type: 'button', title: 'choose channel', onclick: () => onPick(this) }, '☰')));
    if (channel) {
      this.update(channel);
      this.connect();
    } else {
      this.signal.textContent = 'no channel';
      this.el.classList.add('empty');
    }
  }

  /** Health and quality from the channel list, refreshed by the wall. */
  update(channel) {
    const health = channel.health || {};
    const state = health.state || 'OFFLINE';
    this.el.dataset.state = state;
    this.stateEl.className = `dot ${state.toLowerCase()}`;
    this.stateEl.title = `${STATE_LABEL[state] || state.toLowerCase()}${health.reason ? `: ${health.reason}` : ''}`;
    const quality = health.videoQuality;
    if (quality && typeof quality.score === 'number') this.setQuality(quality.score, quality.failing || []);
  }

  /** The video-quality score, 0 (unusable) to 100, and the checks that fail. */
  setQuality(score, failing) {
    const bad = failing.length > 0 || score < 50;
    this.quality.className = `quality ${bad ? 'bad' : 'good'}`;
    this.quality.textContent = `Q ${Math.round(score)}`;
    this.quality.title = failing.length ? `video quality: ${failing.join(', ')}` : 'video quality';
  }

  setOverlay(on) {
    this.overlayOn = on;
  }

  connect() {
    if (this.closed) return;
    const path = `/api/v1/channels/${encodeURIComponent(this.channel.id)}/live?fps=${this.fps}`;
    const socket = new WebSocket(socketUrl(path));
    socket.binaryType = 'blob';
    this.socket = socket;
    socket.onmessage = event => {
      if (typeof event.data === 'string') {
        this.pending = JSON.parse(event.data);
      } else {
        this.draw(event.data, this.pending);
      }
    };
    socket.onclose = () => {
      if (this.closed) return;
      this.signal.hidden = false;
      this.signal.textContent = this.frames ? 'picture lost, reconnecting…' : 'no live picture';
      this.retry = setTimeout(() => this.connect(), 3000);
    };
  }

  async draw(blob, overlay) {
    const bitmap = await createImageBitmap(blob);
    if (this.closed) return;
    if (this.canvas.width !== bitmap.width || this.canvas.height !== bitmap.height) {
      this.canvas.width = bitmap.width;
      this.canvas.height = bitmap.height;
    }
    const ctx = this.canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    bitmap.close();
    if (overlay && this.overlayOn) drawOverlay(ctx, overlay, this.canvas.width, this.canvas.height);
    if (overlay) {
      if (overlay.state) this.update({ health: { state: overlay.state } });
      if (overlay.quality && typeof overlay.quality.score === 'number') {
        this.setQuality(overlay.quality.score, overlay.quality.failing || []);
      }
    }
    this.frames += 1;
    this.el.dataset.frames = String(this.frames);
    this.signal.hidden = true;
  }

  /** A red flash for a while after the channel raised an alert. */
  alarm(alert) {
    this.el.classList.remove('alarm');
    void this.el.offsetWidth;
    this.el.classList.add('alarm');
    this.el.dataset.alert = alert.id;
    clearTimeout(this.alarmTimer);
    this.alarmTimer = setTimeout(() => this.el.classList.remove('alarm'), 15000);
  }

  close() {
    this.closed = true;
    clearTimeout(this.retry);
    clearTimeout(this.alarmTimer);
    if (this.socket) this.socket.close();
  }
}
