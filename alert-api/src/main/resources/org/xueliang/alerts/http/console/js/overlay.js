// Draws the analysis overlay over a picture: zones, lines and tracked boxes, in normalised
// coordinates (0..1 from the top-left corner) scaled to the canvas.

const ZONE = 'rgba(56, 189, 248, 0.9)';
const ZONE_FILL = 'rgba(56, 189, 248, 0.12)';
const LINE = 'rgba(250, 204, 21, 0.95)';
const TRACK = 'rgba(74, 222, 128, 0.95)';

export function drawOverlay(ctx, overlay, width, height) {
  ctx.save();
  ctx.lineWidth = Math.max(1.5, width / 400);
  ctx.font = `${Math.max(10, Math.round(width / 48))}px system-ui, sans-serif`;
  for (const zone of overlay.zones || []) {
    if (!zone.polygon || zone.polygon.length < 3) continue;
    ctx.beginPath();
    zone.polygon.forEach(([x, y], i) => (i ? ctx.lineTo(x * width, y * height) : ctx.moveTo(x * width, y * height)));
    ctx.closePath();
    ctx.fillStyle = ZONE_FILL;
    ctx.fill();
    ctx.strokeStyle = ZONE;
    ctx.stroke();
    ctx.fillStyle = ZONE;
    ctx.fillText(zone.id, zone.polygon[0][0] * width + 4, zone.polygon[0][1] * height + 14);
  }
  for (const line of overlay.lines || []) {
    ctx.beginPath();
    ctx.moveTo(line.start[0] * width, line.start[1] * height);
    ctx.lineTo(line.end[0] * width, line.end[1] * height);
    ctx.strokeStyle = LINE;
    ctx.setLineDash([8, 5]);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = LINE;
    ctx.fillText(line.id, line.start[0] * width + 4, line.start[1] * height - 4);
  }
  for (const track of overlay.tracks || []) {
    const [x, y, w, hgt] = track.box;
    ctx.strokeStyle = TRACK;
    ctx.strokeRect(x * width, y * height, w * width, hgt * height);
    const label = `${track.class || 'object'} ${track.id}`;
    const textWidth = ctx.measureText(label).width + 6;
    ctx.fillStyle = 'rgba(0, 0, 0, 0.6)';
    ctx.fillRect(x * width, y * height - 15, textWidth, 15);
    ctx.fillStyle = TRACK;
    ctx.fillText(label, x * width + 3, y * height - 3);
  }
  ctx.restore();
}
