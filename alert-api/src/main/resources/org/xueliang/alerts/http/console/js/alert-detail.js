// One alert in full: snapshot, facts, the workflow actions its state allows (each with its
// note or form) and the audit trail of who did what when.
import { api, imageUrl, ApiError } from './api.js';
import { h, localTime, showErrors } from './dom.js';
import { channelName, siteName } from './directory.js';

/** The actions each state allows, as the server's workflow table has them. */
const ACTIONS = {
  NEW: ['acknowledge', 'dismiss'],
  ACKNOWLEDGED: ['dispatch', 'dismiss'],
  DISPATCHED: ['resolve', 'dismiss'],
  RESOLVED: ['close'],
  CLOSED: [],
  DISMISSED: [],
};

function inOneHour() {
  const date = new Date(Date.now() + 3600_000);
  date.setSeconds(0, 0);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The form of each action: its inputs, each with the data-path its field errors come back with. */
const FORMS = {
  acknowledge: () => [h('label', {}, 'Note', h('textarea', { name: 'note', rows: 2, dataset: { path: 'note' } }))],
  dispatch: () => [
    h('label', {}, 'Dispatch to', h('input', { name: 'to', placeholder: 'department or grid worker', dataset: { path: 'to' } })),
    h('label', {}, 'Due', h('input', { name: 'dueAt', type: 'datetime-local', value: inOneHour(), dataset: { path: 'dueAt' } })),
    h('label', {}, 'Note', h('textarea', { name: 'note', rows: 2, dataset: { path: 'note' } }))],
  resolve: () => [
    h('label', {}, 'Feedback', h('textarea', { name: 'feedback', rows: 3, dataset: { path: 'feedback' } })),
    h('label', {}, 'Photo (JPEG or PNG)', h('input', { name: 'photo', type: 'file', accept: 'image/jpeg,image/png', dataset: { path: 'photo' } }))],
  close: () => [h('label', {}, 'Review note', h('textarea', { name: 'note', rows: 2, dataset: { path: 'note' } }))],
  dismiss: () => [h('label', {}, 'Reason (false alarm)', h('textarea', { name: 'reason', rows: 2, dataset: { path: 'reason' } }))],
};

function base64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1]);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

async function bodyOf(action, form) {
  const value = name => form.elements[name] && form.elements[name].value.trim();
  const optional = (body, name) => { if (value(name)) body[name] = value(name); return body; };
  switch (action) {
    case 'dispatch': {
      const body = { to: value('to') };
      if (value('dueAt')) body.dueAt = new Date(value('dueAt')).toISOString();
      return optional(body, 'note');
    }
    case 'resolve': {
      const body = { feedback: value('feedback') };
      const file = form.elements.photo.files[0];
      if (file) body.photo = await base64(file);
      return body;
    }
    case 'dismiss': return { reason: value('reason') };
    default: return optional({}, 'note');
  }
}

function fact(label, value) {
  return [h('dt', {}, label), h('dd', {}, value === null || value === undefined || value === '' ? '—' : value)];
}

export function alertDetail({ id, container, directory, user, onChange }) {
  let alive = true;

  function actionForm(alert, action) {
    const form = h('form.action-form', { dataset: { action } },
      h('h4', {}, action[0].toUpperCase() + action.slice(1)), ...FORMS[action](), h('div.form-error'),
      h('div.buttons', {}, h('button.primary', { type: 'submit' }, `Confirm ${action}`),
        h('button', { type: 'button', onclick: () => form.remove() }, 'Cancel')));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        const body = await bodyOf(action, form);
        await api(`/api/v1/alerts/${encodeURIComponent(alert.id)}/${action}`, { method: 'POST', body });
        onChange(await refresh());
      } catch (error) {
        showErrors(form, error instanceof ApiError ? error : new ApiError(0, { detail: error.message }));
      }
    });
    return form;
  }

  function render(alert) {
    const snapshot = h('img.snapshot', { alt: 'snapshot of the alert' });
    if (alert.snapshotUrl) imageUrl(alert.snapshotUrl).then(url => { snapshot.src = url; }).catch(() => {});
    const forms = h('div.forms');
    const actions = ACTIONS[alert.state].map(action => h(`button.action.a-${action}`, {
      type: 'button', dataset: { action },
      onclick: () => { forms.replaceChildren(actionForm(alert, action)); forms.querySelector('textarea,input')?.focus(); },
    }, action));
    const trail = (alert.trail || []).map(step => h('li', {},
      h('span.when', {}, localTime(step.at)), ' ', h('b', {}, step.action.toLowerCase()), ` by ${step.by} `,
      h('span.dim', {}, `${step.from.toLowerCase()} → ${step.to.toLowerCase()}`),
      step.note ? h('div.note', {}, step.note) : null));
    container.replaceChildren(h('div.detail', { dataset: { id: alert.id, state: alert.state } },
      h('div.detail-head', {},
        h(`span.level.l${alert.level}`, {}, `L${alert.level}`),
        h('h3', {}, alert.type.toLowerCase().replace(/_/g, ' ')),
        h(`span.state.s-${alert.state.toLowerCase()}`, {}, alert.state.toLowerCase()),
        h('button.ghost.close-detail', { type: 'button', onclick: () => container.classList.remove('open') }, '✕')),
      snapshot,
      h('dl.facts', {},
        fact('Channel', channelName(directory, alert.channelId)),
        fact('Site', siteName(directory, alert.channelId)),
        fact('Jurisdiction', alert.jurisdiction),
        fact('Rule', alert.ruleId),
        fact('Event time', localTime(alert.eventTime)),
        fact('Stored', localTime(alert.createdAt)),
        fact('Occurrences', alert.occurrences),
        fact('Acknowledge by', localTime(alert.ackDueAt)),
        fact('Escalations', alert.escalations),
        fact('Assignee', alert.assignee),
        fact('Due', alert.dueAt ? `${localTime(alert.dueAt)}${alert.overdue ? ' (overdue)' : ''}` : null),
        alert.resolution ? fact('Feedback', alert.resolution.feedback) : null),
      h('div.actions', {}, actions.length ? actions : h('span.dim', {}, 'No further action: the alert is final.')),
      forms,
      h('h4', {}, 'Audit trail'),
      h('ol.trail', {}, trail.length ? trail : h('li.dim', {}, 'no steps yet'))));
  }

  async function refresh() {
    try {
      const alert = await api(`/api/v1/alerts/${encodeURIComponent(id)}`);
      if (alive) render(alert);
      return alert;
    } catch (error) {
      container.replaceChildren(h('div.detail.missing', {}, h('p', {}, error.status === 404
        ? `Alert ${id} does not exist or lies outside your jurisdiction${user.jurisdiction ? ` (${user.jurisdiction})` : ''}.`
        : error.message)));
      throw error;
    }
  }

  container.replaceChildren(h('p.placeholder', {}, 'Loading…'));
  refresh().catch(() => {});
  return {
    refresh: () => refresh().catch(() => {}),
    stop() { alive = false; },
  };
}
