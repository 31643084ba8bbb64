// Drawing zones and lines with the mouse on a channel's snapshot. Points are kept normalised
// (0..1 from the top-left corner), as the API takes them, whatever size the picture is shown at.
import { h } from './dom.js';

const CLOSE_DISTANCE = 0.02;

export class ShapeEditor {
  /** @param onChange called with the shapes whenever one is added, changed or removed */
  constructor({ onChange }) {
    this.shapes = [];
    this.draft = null;
    this.tool = null;
    this.selected = -1;
    this.onChange = onChange;
    this.image = null;
    this.canvas = h('canvas.editor-canvas', { width: 768, height: 432, tabIndex: 0 });
    this.hint = h('div.editor-hint', {}, 'Choose a tool, then click on the picture.');
    this.zoneTool = h('button', { type: 'button', name: 'draw-zone', onclick: () => this.use('zone') }, 'Draw zone');
    this.lineTool = h('button', { type: 'button', name: 'draw-line', onclick: () => this.use('line') }, 'Draw line');
    this.finish = h('button', { type: 'button', name: 'finish', disabled: true, onclick: () => this.complete() }, 'Finish zone');
    this.el = h('div.editor', {}, h('div.editor-tools', {}, this.zoneTool, this.lineTool, this.finish, this.hint), this.canvas);
    this.canvas.addEventListener('click', event => this.click(event));
    this.canvas.addEventListener('dblclick', event => { event.preventDefault(); this.complete(); });
    this.canvas.addEventListener('mousemove', event => { this.pointer = this.point(event); this.paint(); });
    this.canvas.addEventListener('keydown', event => { if (event.key === 'Escape') this.cancel(); });
    this.paint();
  }

  /** The picture to draw on: an image or data URL, or null for a blank grid. */
  async background(src) {
    if (!src) return;
    const img = new Image();
    img.src = src;
    await img.decode();
    this.image = img;
    this.canvas.height = Math.round(this.canvas.width * (img.naturalHeight / img.naturalWidth));
    this.paint();
  }

  load(shapes) {
    this.shapes = shapes.map(s => ({ ...s, points: s.points.map(p => [...p]) }));
    this.paint();
  }

  use(tool) {
    this.tool = tool;
    this.draft = [];
    this.zoneTool.classList.toggle('active', tool === 'zone');
    this.lineTool.classList.toggle('active', tool === 'line');
    this.hint.textContent = tool === 'zone'
      ? 'Click the corners; double-click, click the first corner or press Finish to close the zone.'
      : 'Click the start, then the end of the line.';
    this.canvas.focus();
    this.paint();
  }

  point(event) {
    const rect = this.canvas.getBoundingClientRect();
    const clamp = v => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
    return [clamp((event.clientX - rect.left) / rect.width), clamp((event.clientY - rect.top) / rect.height)];
  }

  click(event) {
    if (!this.tool) return;
    const p = this.point(event);
    if (this.tool === 'zone' && this.draft.length >= 3 && Math.hypot(p[0] - this.draft[0][0], p[1] - this.draft[0][1]) < CLOSE_DISTANCE) {
      this.complete();
      return;
    }
    // the two clicks of a double-click land on the same spot: keep one corner
    const last = this.draft[this.draft.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) this.draft.push(p);
    if (this.tool === 'line' && this.draft.length === 2) this.complete();
    this.finish.disabled = !(this.tool === 'zone' && this.draft.length >= 3);
    this.paint();
  }

  complete() {
    const needed = this.tool === 'zone' ? 3 : 2;
    if (!this.tool || this.draft.length < needed) return;
    this.shapes.push({ kind: this.tool, points: this.draft });
    this.selected = this.shapes.length - 1;
    this.cancel();
    this.onChange(this.shapes, this.selected);
  }

  cancel() {
    this.tool = null;
    this.draft = null;
    this.finish.disabled = true;
    this.zoneTool.classList.remove('active');
    this.lineTool.classList.remove('active');
    this.hint.textContent = 'Choose a tool, then click on the picture.';
    this.paint();
  }

  remove(index) {
    this.shapes.splice(index, 1);
    this.selected = -1;
    this.paint();
    this.onChange(this.shapes, -1);
  }

  select(index) {
    this.selected = index;
    this.paint();
  }

  paint() {
    const ctx = this.canvas.getContext('2d');
    const { width, height } = this.canvas;
    ctx.fillStyle = '#0b1220';
    ctx.fillRect(0, 0, width, height);
    if (this.image) {
      ctx.drawImage(this.image, 0, 0, width, height);
    } else {
      ctx.strokeStyle = '#1e293b';
      for (let x = 0; x <= 10; x++) { ctx.beginPath(); ctx.moveTo((x * width) / 10, 0); ctx.lineTo((x * width) / 10, height); ctx.stroke(); }
      for (let y = 0; y <= 10; y++) { ctx.beginPath(); ctx.moveTo(0, (y * height) / 10); ctx.lineTo(width, (y * height) / 10); ctx.stroke(); }
      ctx.fillStyle = '#64748b';
      ctx.font = '14px system-ui, sans-serif';
      ctx.fillText('no snapshot yet: probe the source to draw on its picture', 16, 24);
    }
    this.shapes.forEach((shape, i) => this.paintShape(ctx, shape.points, shape.kind, i === this.selected, shape.label || `#${i + 1}`));
    if (this.draft && this.draft.length) {
      const points = this.pointer ? [...this.draft, this.pointer] : this.draft;
      this.paintShape(ctx, points, this.tool === 'zone' ? 'draft' : 'line', true, '');
    }
  }

  paintShape(ctx, points, kind, selected, label) {
    const { width, height } = this.canvas;
    ctx.save();
    ctx.lineWidth = selected ? 3 : 2;
    ctx.strokeStyle = kind === 'line' ? '#facc15' : '#38bdf8';
    ctx.fillStyle = kind === 'zone' ? 'rgba(56,189,248,0.18)' : 'transparent';
    ctx.beginPath();
    points.forEach(([x, y], i) => (i ? ctx.lineTo(x * width, y * height) : ctx.moveTo(x * width, y * height)));
    if (kind === 'zone') { ctx.closePath(); ctx.fill(); }
    ctx.stroke();
    ctx.fillStyle = ctx.strokeStyle;
    points.forEach(([x, y]) => { ctx.beginPath(); ctx.arc(x * width, y * height, 4, 0, Math.PI * 2); ctx.fill(); });
    if (label) {
      ctx.font = 'bold 14px system-ui, sans-serif';
      ctx.fillText(label, points[0][0] * width + 6, points[0][1] * height - 6);
    }
    ctx.restore();
  }
}
