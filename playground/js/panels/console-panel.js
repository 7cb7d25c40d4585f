// Console (page served by a runner, with an API key): hooks and their active state, recent
// deliveries with their attempts, and notifications with a Reactivate button (+ replay) — the
// "reactivate by a click" of seed 000.
import { $, h, replace } from '../dom.js';
import { apiCall, describeError } from '../runner.js';
import { listOf } from '../core.js';

const hookId = (hook) => hook.id ?? hook.webhook_id;

export function initConsolePanel(store) {
  const note = $('console-note');
  const status = $('console-status');
  const refreshButton = $('console-refresh');

  const ready = () => {
    const s = store.get();
    if (!s.runner) return 'The console needs the page served by a Hookwork runner (hookwork serve).';
    if (!s.api_key || !s.account) return 'Enter the account and its API key in Connection.';
    return '';
  };

  const reactivate = async (id, replay) => {
    const res = await apiCall(store.get(), 'POST', `/webhooks/${encodeURIComponent(id)}/activate`, { replay_events: replay });
    status.textContent = res.status < 300 ? `Hook ${id} reactivated${replay ? ' with replay' : ''}.` : `Reactivation failed: ${describeError(res)}`;
    await refresh();
  };

  const reactivateControls = (id, key) => {
    const boxId = `replay-${key}`;
    return h('span', { class: 'inline' },
      h('label', { for: boxId, class: 'hint' }, h('input', { type: 'checkbox', id: boxId, checked: true }), 'replay buffered events'),
      h('button', { type: 'button', class: 'reactivate', dataset: { hook: id },
        onclick: () => reactivate(id, document.getElementById(boxId).checked) }, `Reactivate ${id}`));
  };

  const showDeliveries = async (id) => {
    const res = await apiCall(store.get(), 'GET', `/webhooks/${encodeURIComponent(id)}/deliveries`);
    const box = $('console-deliveries');
    if (res.status >= 300) { replace(box, h('p', { class: 'errors' }, describeError(res))); return; }
    const rows = listOf(res.json, 'deliveries', 'items', 'data');
    replace(box, rows.length ? h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Delivery', 'Event', 'State', 'Attempts', 'Last error'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map((d) => h('tr', {},
        h('td', {}, String(d.id ?? d.delivery_id)), h('td', {}, String(d.event_id ?? '')), h('td', {}, String(d.state ?? '')),
        h('td', {}, attemptsText(d)), h('td', {}, String(d.last_error ?? '')))))))
      : h('p', { class: 'hint' }, `No deliveries for hook ${id} yet.`));
  };

  const refresh = async () => {
    const why = ready();
    note.textContent = why;
    refreshButton.disabled = Boolean(why);
    if (why) return;
    status.textContent = 'Loading…';
    const [hooks, notes] = await Promise.all([
      apiCall(store.get(), 'GET', '/webhooks'), apiCall(store.get(), 'GET', '/notifications')]);
    if (hooks.status >= 300) { status.textContent = `Hooks: ${describeError(hooks)}`; return; }
    const list = listOf(hooks.json, 'webhooks', 'items', 'data');
    replace($('console-hooks'), list.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'console-hook-table' },
      h('thead', {}, h('tr', {}, ['Id', 'App', 'Event', 'URL', 'State', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, list.map((hook) => h('tr', { dataset: { hook: hookId(hook), active: String(hook.active) } },
        h('td', {}, String(hookId(hook))), h('td', {}, hook.app ?? ''), h('td', {}, hook.event ?? ''), h('td', {}, hook.url ?? ''),
        h('td', {}, h('span', { class: `badge ${hook.active ? 'on' : 'off'}` }, hook.active ? 'active' : 'inactive')),
        h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => showDeliveries(hookId(hook)) }, 'Deliveries'),
          hook.active ? null : reactivateControls(hookId(hook), `hook-${hookId(hook)}`)))))))
      : h('p', { class: 'hint' }, 'No hooks yet: create one with CreateWebHook above.'));
    const notices = notes.status < 300 ? listOf(notes.json, 'notifications', 'items', 'data') : [];
    replace($('console-notifications'), notices.length ? h('ul', {}, notices.map((n, i) => h('li', {},
      `${n.created_at ?? ''} ${n.kind ?? n.type ?? ''}: ${n.message ?? ''} `,
      n.hook_id !== undefined ? reactivateControls(n.hook_id, `note-${i}`) : null)))
      : h('p', { class: 'hint' }, notes.status < 300 ? 'No notifications.' : `Notifications: ${describeError(notes)}`));
    status.textContent = `${list.length} hook(s), ${notices.length} notification(s).`;
  };

  refreshButton.addEventListener('click', refresh);
  store.subscribe((_, patch) => { if (['runner', 'api_key', 'account'].some((k) => k in patch)) refresh(); });
  refresh();
}

function attemptsText(d) {
  if (Array.isArray(d.attempts)) {
    return d.attempts.map((a) => `${a.status ?? a.transport_error ?? '?'}${a.duration_ms !== undefined ? ` (${a.duration_ms} ms)` : ''}`).join(', ');
  }
  return String(d.attempt_count ?? '');
}
