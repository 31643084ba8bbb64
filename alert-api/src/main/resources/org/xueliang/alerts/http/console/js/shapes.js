// What each drawn shape becomes in the channel body: a motion zone ("zones") or an analytics
// rule ("rules"), with the settings that kind takes. Each input carries the data-path of its key,
// so that the server's field errors (rules[2].direction) appear next to it.
import { h } from './dom.js';

const POLYGON_RULES = ['zone_intrusion', 'region_entrance', 'region_exit', 'loitering', 'crowd', 'fast_movement',
  'abandoned_object', 'object_removed'];
/** The settings of each kind besides id, geometry, classes, schedule and cooldown. */
const EXTRA = {
  zone: ['minArea', 'minDwell'],
  zone_intrusion: ['minDwell'], region_entrance: [], region_exit: [], line_crossing: ['direction'],
  loitering: ['minDwell'], crowd: ['minCount', 'minDensity', 'minDuration'], fast_movement: ['minSpeed', 'minDuration'],
  abandoned_object: ['minDuration', 'minArea', 'maxArea'], object_removed: ['minDuration', 'minArea', 'maxArea'],
};
/** Static-object rules look at pixels, not at tracked objects: they take no classes. */
const WITHOUT_CLASSES = new Set(['zone', 'abandoned_object', 'object_removed']);
const NUMBERS = new Set(['minArea', 'maxArea', 'minCount', 'minDensity', 'minSpeed']);
const HINTS = { minDwell: '2s', cooldown: '30s', minDuration: '10s', minArea: '0.002', maxArea: '0.2', minCount: '5',
  minDensity: '0.3', minSpeed: '0.5', classes: 'person, car', windows: 'Mon-Fri 18:00-08:00' };

export function kindsFor(shape) {
  return shape.kind === 'line' ? ['line_crossing'] : ['zone', ...POLYGON_RULES];
}

function input(name, value) {
  if (name === 'direction') {
    return h('select', { name }, ['both', 'a_to_b', 'b_to_a'].map(d => h('option', { value: d, selected: d === value }, d.replace(/_/g, ' '))));
  }
  return h('input', { name, value: value ?? '', placeholder: HINTS[name] || '', size: 10 });
}

/** The settings row of a shape; `settings` holds what the channel had for it. */
export function shapeRow(shape, index, { onSelect, onRemove, onKind }) {
  const s = shape.settings || {};
  const kinds = kindsFor(shape);
  const kind = kinds.includes(s.type) ? s.type : kinds[0];
  const fields = [
    h('label', {}, 'Id', input('id', s.id || `${shape.kind === 'line' ? 'line' : 'zone'}-${index + 1}`)),
    h('label', {}, 'Use as', h('select', { name: 'type', onchange: e => onKind(e.target.value) },
      kinds.map(k => h('option', { value: k, selected: k === kind }, k === 'zone' ? 'motion zone' : k.replace(/_/g, ' '))))),
    ...EXTRA[kind].map(name => h('label', {}, name, input(name, s[name]))),
    h('label', {}, 'cooldown', input('cooldown', s.cooldown)),
  ];
  if (!WITHOUT_CLASSES.has(kind)) fields.push(h('label', {}, 'classes', input('classes', (s.classes || []).join(', '))));
  if (kind !== 'zone') {
    fields.push(h('label', {}, 'schedule', input('windows', ((s.schedule && s.schedule.windows) || []).join(', '))),
      h('label', {}, 'time zone', input('timeZone', (s.schedule && s.schedule.timeZone) || 'Asia/Shanghai')));
  }
  return h('fieldset.shape', { dataset: { index: String(index), kind } },
    h('legend', {}, h('button.ghost', { type: 'button', onclick: onSelect }, `#${index + 1} ${shape.kind}`),
      h('button.ghost.remove', { type: 'button', onclick: onRemove, title: 'remove' }, 'remove')),
    h('div.fields', {}, fields),
    h('div.geometry', { dataset: { role: 'geometry' } }));
}

function read(row, name) {
  const el = row.querySelector(`[name="${name}"]`);
  return el ? el.value.trim() : '';
}

/**
 * The zones and rules of the rows, in order, each row's inputs given the data-path of the
 * item they become ("zones[0].minDwell", "rules[1].direction").
 */
export function toBody(rows, shapes) {
  const zones = [];
  const rules = [];
  rows.forEach((row, i) => {
    const shape = shapes[i];
    const kind = read(row, 'type');
    const list = kind === 'zone' ? zones : rules;
    const prefix = `${kind === 'zone' ? 'zones' : 'rules'}[${list.length}]`;
    row.dataset.path = prefix;
    row.querySelectorAll('[name]').forEach(el => {
      const key = ['windows', 'timeZone'].includes(el.name) ? `schedule.${el.name}` : el.name === 'type' ? 'type' : el.name;
      el.dataset.path = `${prefix}.${key}`;
    });
    const geometry = row.querySelector('[data-role="geometry"]');
    const item = { id: read(row, 'id') };
    if (kind !== 'zone') item.type = kind;
    if (kind === 'line_crossing') {
      [item.start, item.end] = shape.points;
      geometry.dataset.path = `${prefix}.start`;
    } else {
      item.polygon = shape.points;
      geometry.dataset.path = `${prefix}.polygon`;
    }
    for (const name of [...EXTRA[kind], 'cooldown']) {
      const value = read(row, name);
      if (value) item[name] = NUMBERS.has(name) && !Number.isNaN(Number(value)) ? Number(value) : value;
    }
    if (kind !== 'zone') {
      const classes = read(row, 'classes');
      if (classes) item.classes = classes.split(',').map(c => c.trim()).filter(Boolean);
      const windows = read(row, 'windows');
      if (windows) item.schedule = { timeZone: read(row, 'timeZone') || 'Asia/Shanghai', windows: windows.split(',').map(w => w.trim()) };
    }
    list.push(item);
  });
  return { zones, rules };
}

/** Shapes with their settings from a channel's zones and rules. */
export function fromChannel(channel) {
  const zones = (channel.zones || []).map(z => ({ kind: 'zone', points: z.polygon, settings: { ...z, type: 'zone' } }));
  const rules = (channel.rules || []).map(r => (r.type === 'line_crossing'
    ? { kind: 'line', points: [r.start, r.end], settings: r }
    : { kind: 'zone', points: r.polygon, settings: r }));
  return [...zones, ...rules];
}
