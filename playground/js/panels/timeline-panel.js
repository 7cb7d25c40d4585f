// Retry timeline: a preset or a hand-written policy → retry.preview → SVG timeline + table.
import { $, h, replace, debounce } from '../dom.js';
import { call, listOf, valueOr } from '../core.js';
import { normalizeSchedule, formatDuration } from '../schedule.js';
import { timelineSvg } from '../timeline-svg.js';

export function initTimelinePanel(store) {
  const presets = listOf(valueOr(call('retry.presets', {}), []), 'presets')
    .map((p) => (typeof p === 'string' ? { name: p } : p));
  const select = $('timeline-preset');
  const policyBox = $('timeline-policy');
  const seed = $('timeline-seed');
  const errors = $('timeline-errors');
  select.replaceChildren(...presets.map((p) => h('option', { value: p.name }, p.description ? `${p.name} — ${p.description}` : p.name)),
    h('option', { value: 'custom' }, 'custom (edit the JSON below)'));

  const initial = store.get();
  select.value = presets.some((p) => p.name === initial.preset) ? initial.preset : (presets[0]?.name || 'custom');
  seed.value = initial.seed || '1';
  policyBox.value = initial.policy || JSON.stringify(select.value === 'custom' ? { type: 'fixed', interval_ms: 60000, max_attempts: 5 } : select.value);

  const render = () => {
    let policy;
    try { policy = JSON.parse(policyBox.value); } catch (e) {
      errors.textContent = `policy: not JSON (${e.message})`;
      return;
    }
    const r = call('retry.preview', { policy, seed: Number(seed.value) || 0 });
    store.set({ preset: select.value, seed: seed.value, policy: select.value === 'custom' ? policyBox.value : undefined });
    if (!r.ok) {
      errors.textContent = r.errors.map((e) => `${e.field || 'policy'}: ${e.message} (${e.code})`).join('\n');
      replace($('timeline-chart'));
      replace($('timeline-table'));
      return;
    }
    errors.textContent = '';
    const schedule = normalizeSchedule(r.value);
    const chart = $('timeline-chart');
    replace(chart, timelineSvg(schedule));
    chart.dataset.attempts = String(schedule.attempts.length);
    replace($('timeline-table'),
      h('p', { id: 'timeline-summary', class: 'hint' },
        `${schedule.attempts.length} attempts over ${formatDuration(schedule.total)}; then `
        + `${schedule.outcome === 'deactivate' ? 'the hook is deactivated' : 'the message is given up'}; `
        + `a deactivated hook's events are buffered for ${schedule.bufferDays} days.`),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ['Attempt', 'Delay', 'At', 'Jitter window'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, schedule.attempts.map((a) => h('tr', {},
          h('td', {}, String(a.attempt)), h('td', {}, formatDuration(a.delay)), h('td', {}, formatDuration(a.at)),
          h('td', {}, a.max > a.min ? `${formatDuration(a.min)} – ${formatDuration(a.max)}` : '—')))))));
  };

  select.addEventListener('change', () => {
    if (select.value !== 'custom') policyBox.value = JSON.stringify(select.value);
    render();
  });
  const rerender = debounce(render, 120);
  policyBox.addEventListener('input', () => { select.value = 'custom'; rerender(); });
  seed.addEventListener('input', rerender);
  render();
}
