// Daily and weekly statistics: alerts by site, type, hour and day, acknowledge and close times,
// false alarms per rule; the same figures as CSV.
import { api } from './api.js';
import { h, duration } from './dom.js';

const PERIODS = { today: 'Today', yesterday: 'Yesterday', week: 'Last 7 days' };

function range(period) {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const day = 86400_000;
  if (period === 'yesterday') return { from: new Date(start - day), to: start };
  if (period === 'week') return { from: new Date(start - 6 * day), to: new Date(start.getTime() + day) };
  return { from: start, to: new Date(start.getTime() + day) };
}

function bars(title, rows, label, className = '') {
  const max = Math.max(1, ...rows.map(r => r.count));
  return h(`section.card.chart${className}`, {}, h('h3', {}, title),
    rows.length ? h('ul.bars', {}, rows.map(r => h('li', { title: `${r[label]}: ${r.count}` },
      h('span.bar-label', {}, String(r[label])),
      h('span.bar', {}, h('span.fill', { style: { width: `${(100 * r.count) / max}%` } })),
      h('span.bar-count', {}, String(r.count)))))
      : h('p.dim', {}, 'no alerts'));
}

function times(title, t) {
  return h('section.card.kpi', {}, h('h3', {}, title),
    h('div.big', {}, duration(t && t.meanSeconds)), h('div.dim', {}, 'mean'),
    h('dl.facts', {}, h('dt', {}, 'median'), h('dd', {}, duration(t && t.p50Seconds)),
      h('dt', {}, '90th percentile'), h('dd', {}, duration(t && t.p90Seconds)),
      h('dt', {}, 'alerts'), h('dd', {}, t ? String(t.count) : '—')));
}

export function statsView({ root }) {
  const period = h('select', { name: 'period' }, Object.entries(PERIODS).map(([v, t]) => h('option', { value: v }, t)));
  const download = h('button', { type: 'button', name: 'csv' }, 'Download CSV');
  const content = h('div.stats-grid');
  const dismissed = h('section.card.dismissed', {}, h('h3', {}, 'False alarms per channel and rule'));
  root.append(h('section.stats', {},
    h('form.toolbar', { onchange: load, onsubmit: e => e.preventDefault() }, h('label', {}, 'Period ', period), download),
    content, dismissed));

  function query() {
    const { from, to } = range(period.value);
    return new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
  }

  async function summary() {
    try {
      const s = await api(`/api/v1/stats/summary?${query()}`);
      const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, count: 0 }));
      (s.byHour || []).forEach(r => { hours[r.hour] = r; });
      content.replaceChildren(
        h('section.card.kpi.total', {}, h('h3', {}, 'Alerts'), h('div.big', { dataset: { total: String(s.total) } }, String(s.total)),
          h('div.dim', {}, PERIODS[period.value])),
        times('Time to acknowledge', s.acknowledge), times('Time to close', s.close),
        bars('By site', s.bySite || [], 'site'), bars('By type', s.byType || [], 'type'),
        bars('By hour of day', hours, 'hour', '.hours'), bars('By day', s.byDay || [], 'day'),
        bars('Dismissed per rule', s.dismissedByRule || [], 'rule'));
      download.disabled = false;
    } catch (error) {
      content.replaceChildren(h('section.card', {}, h('h3', {}, 'Summary'), h('p.dim', {}, `Not available: ${error.message}`)));
      download.disabled = true;
    }
  }

  async function dismissals() {
    const { counts } = await api(`/api/v1/stats/dismissed?${query()}`);
    dismissed.replaceChildren(h('h3', {}, 'False alarms per channel and rule'),
      counts.length ? h('table.plain', {}, h('thead', {}, h('tr', {}, ['Channel', 'Rule', 'Dismissed', 'Alerts', 'Share'].map(t => h('th', {}, t)))),
        h('tbody', {}, counts.map(c => h('tr', { dataset: { channel: c.channelId, rule: c.ruleId } },
          h('td', {}, c.channelId), h('td', {}, c.ruleId), h('td.num', {}, String(c.dismissed)), h('td.num', {}, String(c.total)),
          h('td.num', {}, `${Math.round((100 * c.dismissed) / Math.max(1, c.total))} %`)))))
        : h('p.dim', {}, 'no false alarms in this period'));
  }

  function load() {
    summary();
    dismissals().catch(error => dismissed.append(h('p.dim', {}, error.message)));
  }

  download.addEventListener('click', async () => {
    const response = await api(`/api/v1/stats/summary.csv?${query()}`, { raw: true });
    const disposition = response.headers.get('Content-Disposition') || '';
    const match = /filename="?([^";]+)"?/.exec(disposition);
    const link = h('a', { href: URL.createObjectURL(await response.blob()), download: match ? match[1] : 'alert-statistics.csv' });
    document.body.append(link);
    link.click();
    link.remove();
  });
  load();
  return { stop() {} };
}
