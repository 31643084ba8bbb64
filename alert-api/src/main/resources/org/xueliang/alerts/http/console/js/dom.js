// Small DOM helpers: element building, time formatting, field errors next to their inputs.

/** Builds an element: h('div.card#x', {onclick, dataset, ...}, children...). */
export function h(spec, props = {}, ...children) {
  const [tagAndClasses, id] = spec.split('#');
  const [tag, ...classes] = tagAndClasses.split('.');
  const el = document.createElement(tag || 'div');
  if (id) el.id = id;
  if (classes.length) el.className = classes.join(' ');
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style') Object.assign(el.style, value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key in el && key !== 'list' && key !== 'form') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** "12 s", "4 min", "3 h", "2 d" since an ISO instant. */
export function age(iso, now = Date.now()) {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h`;
  return `${Math.floor(seconds / 86400)} d`;
}

export function localTime(iso) {
  return iso ? new Date(iso).toLocaleString('en-GB', { hour12: false }) : '—';
}

/** "1 min 5 s" for a number of seconds, "—" when there is none. */
export function duration(seconds) {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** Removes the field errors shown in a container. */
export function clearErrors(container) {
  container.querySelectorAll('.field-error.shown').forEach(el => el.remove());
  container.querySelectorAll('.invalid').forEach(el => el.classList.remove('invalid'));
  container.querySelectorAll('.form-error').forEach(el => { el.textContent = ''; });
}

/**
 * Shows each problem's field error next to the element whose data-path is the error's path or
 * its nearest parent path (rules[2].classes[0] falls back to rules[2].classes, then rules[2]);
 * what fits nowhere goes to the container's .form-error.
 */
export function showErrors(container, error) {
  clearErrors(container);
  const general = container.querySelector('.form-error');
  const errors = error.errors && error.errors.length ? error.errors : [{ path: '', message: error.message }];
  for (const { path, message } of errors) {
    const target = closestPath(container, path || '');
    if (target) {
      target.classList.add('invalid');
      const note = h('div.field-error.shown', { dataset: { for: path } }, message);
      (target.closest('label') || target).after(note);
    } else if (general) {
      general.append(h('div', {}, path ? `${path}: ${message}` : message));
    }
  }
  if (general && !general.textContent && error.errors && error.errors.length) general.textContent = error.message;
}

function closestPath(container, path) {
  let candidate = path;
  while (candidate) {
    const el = container.querySelector(`[data-path="${CSS.escape(candidate)}"]`);
    if (el) return el;
    const cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
    candidate = cut > 0 ? candidate.slice(0, cut) : '';
  }
  return null;
}
