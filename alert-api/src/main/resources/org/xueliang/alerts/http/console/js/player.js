// The full-rate original stream of a channel: fragmented MP4 over a WebSocket into a Media Source
// Extensions SourceBuffer. It keeps the picture near the live edge and measures the delay from
// the moment the server read a fragment's first packet to the moment the browser presents it.
import { socketUrl } from './api.js';

/** Behind the newest buffered picture by more than this, the player jumps forward. */
const MAX_LAG_SECONDS = 0.5;
/** Buffered media kept behind the playhead. */
const KEEP_SECONDS = 10;

export class FullRatePlayer {
  /** @param onDelay called with each measured delay in milliseconds */
  constructor(video, channelId, { onDelay = () => {}, onError = () => {} } = {}) {
    this.video = video;
    this.channelId = channelId;
    this.onDelay = onDelay;
    this.onError = onError;
    this.queue = [];
    this.fragments = [];
    this.buffer = null;
    this.closed = false;
  }

  start() {
    const socket = new WebSocket(socketUrl(`/api/v1/channels/${encodeURIComponent(this.channelId)}/video`));
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onmessage = event => (typeof event.data === 'string' ? this.message(JSON.parse(event.data)) : this.append(event.data));
    socket.onclose = event => {
      if (!this.closed) this.onError(event.reason || 'the full-rate stream is not available for this channel');
    };
  }

  message(message) {
    if (message.type === 'init') this.open(message);
    else if (message.type === 'fragment') {
      this.fragments.push({ pts: message.pts, receivedAt: message.receivedAt });
      if (this.fragments.length > 200) this.fragments.shift();
    } else if (message.type === 'error') this.onError(message.detail || message.title || 'stream failed');
  }

  open(init) {
    if (!window.MediaSource || !MediaSource.isTypeSupported(init.mime)) {
      this.onError(`this browser cannot play ${init.mime}`);
      return;
    }
    this.fps = init.fps || 25;
    const source = new MediaSource();
    this.source = source;
    this.video.src = URL.createObjectURL(source);
    source.addEventListener('sourceopen', () => {
      this.buffer = source.addSourceBuffer(init.mime);
      // presentation times stay those of the stream, so the presented mediaTime names a fragment
      this.buffer.mode = 'segments';
      this.buffer.addEventListener('updateend', () => this.drain());
      this.drain();
    }, { once: true });
    this.video.muted = true;
    this.video.play().catch(() => {});
    this.watchFrames();
  }

  append(chunk) {
    this.queue.push(chunk);
    this.drain();
  }

  drain() {
    const buffer = this.buffer;
    if (!buffer || buffer.updating || this.closed) return;
    const ranges = buffer.buffered;
    if (ranges.length) {
      const end = ranges.end(ranges.length - 1);
      const start = ranges.start(0);
      if (end - this.video.currentTime > MAX_LAG_SECONDS) {
        this.video.currentTime = Math.max(ranges.start(ranges.length - 1), end - 0.1);
      }
      if (this.video.currentTime - start > KEEP_SECONDS * 2) {
        buffer.remove(start, this.video.currentTime - KEEP_SECONDS);
        return;
      }
    }
    const chunk = this.queue.shift();
    if (chunk) {
      try {
        buffer.appendBuffer(chunk);
      } catch (error) {
        this.onError(`cannot play the stream: ${error.message}`);
      }
    }
  }

  watchFrames() {
    if (!('requestVideoFrameCallback' in HTMLVideoElement.prototype)) return;
    const halfFrame = 0.5 / (this.fps || 25);
    const onFrame = (now, metadata) => {
      if (this.closed) return;
      const fragment = this.fragments.find(f => Math.abs(f.pts - metadata.mediaTime) <= halfFrame);
      if (fragment) this.onDelay(performance.timeOrigin + metadata.presentationTime - fragment.receivedAt);
      if (this.video.paused) this.video.play().catch(() => {});
      this.video.requestVideoFrameCallback(onFrame);
    };
    this.video.requestVideoFrameCallback(onFrame);
  }

  stop() {
    this.closed = true;
    if (this.socket) this.socket.close();
    this.video.pause();
    if (this.video.src) URL.revokeObjectURL(this.video.src);
    this.video.removeAttribute('src');
    this.video.load();
  }
}
