// Sample code for every target in tabs (samples.generate), a Copy button, and "Run": the real call
// against the runner that served the page, with status, headers and body shown.
import { $, h, replace, headerTable, debounce } from '../dom.js';
import { call, listOf, valueOr } from '../core.js';
import { renderTabs, selectTab } from '../tabs.js';
import { copyText } from '../copy.js';
import { requestFor } from '../operations.js';
import { send } from '../runner.js';

const PREFERRED_FIRST = ['curl', 'shell_curl', 'bash_curl'];

export function initSamplesPanel(store, { byName }) {
  const targets = listOf(valueOr(call('samples.targets', {}), []), 'targets')
    .map((t) => ({ id: t.id, label: t.label || t.id }));
  const tabs = $('sample-tabs');
  const codeBox = $('sample-code');
  const runButton = $('run-call');
  const result = $('run-result');
  const first = targets.find((t) => PREFERRED_FIRST.includes(t.id)) || targets[0];
  if (!targets.some((t) => t.id === store.get().target)) store.set({ target: first ? first.id : '' });

  renderTabs(tabs, targets, store.get().target, (id) => store.set({ target: id }),
    { controls: 'sample-code', label: 'Sample code targets' });

  const generate = () => {
    const { op, values = {}, target, base_url: baseUrl, api_key: apiKey, account } = store.get();
    if (!op || !target) return;
    selectTab(tabs, target);
    codeBox.setAttribute('aria-labelledby', `tab-${target}`);
    const params = { ...values };
    if (byName.get(op)?.params.some((p) => p.name === 'account')) params.account = account;
    const r = call('samples.generate', { operation: op, params, target, options: { base_url: baseUrl, api_key: apiKey } });
    codeBox.dataset.target = target;
    if (r.ok) {
      codeBox.textContent = typeof r.value === 'string' ? r.value : r.value.code;
      codeBox.dataset.state = 'ok';
    } else {
      codeBox.textContent = `Fill the form to generate this sample:\n${r.errors.map((e) => `• ${e.field || '(input)'}: ${e.message}`).join('\n')}`;
      codeBox.dataset.state = 'error';
    }
  };
  const regenerate = debounce(generate, 40);
  store.subscribe((_, patch) => {
    if (['op', 'values', 'target', 'base_url', 'api_key', 'account'].some((k) => k in patch)) regenerate();
  });
  generate();

  $('copy-sample').addEventListener('click', async () => {
    const ok = await copyText(codeBox.textContent);
    $('copy-status').textContent = ok ? 'Copied.' : 'Copy failed: select the code and copy it by hand.';
  });

  const syncRun = () => {
    runButton.disabled = !store.get().runner;
    runButton.title = store.get().runner ? 'Send this call to the runner that served this page'
      : 'Run needs the page served by a Hookwork runner';
  };
  store.subscribe((_, patch) => { if ('runner' in patch) syncRun(); });
  syncRun();

  runButton.addEventListener('click', async () => {
    const { op: name, values = {}, api_key: apiKey, account } = store.get();
    const op = byName.get(name);
    if (!op) return;
    const request = requestFor(op, { ...values, account }, apiKey);
    replace(result, h('p', { class: 'hint' }, `${request.method} ${request.path} …`));
    try {
      const res = await send(request);
      let body = res.text;
      if (res.json !== undefined) body = JSON.stringify(res.json, null, 2);
      replace(result,
        h('p', { id: 'run-status', class: res.status < 400 ? 'verdict valid' : 'verdict invalid', dataset: { status: res.status } },
          `${request.method} ${request.path} → ${res.status} ${res.statusText}`),
        headerTable(res.headers, 'Response headers'),
        h('pre', { id: 'run-body', class: 'code', tabindex: '0', 'aria-label': 'Response body' }, body));
      store.set({ lastRun: { status: res.status, json: res.json } });
    } catch (err) {
      replace(result, h('p', { id: 'run-status', class: 'verdict invalid' }, `Request failed: ${err.message}`));
    }
  });
}
