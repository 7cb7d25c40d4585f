// Boot: load the core (WASM), find out whether a runner served the page, then start every panel
// on one shared state that is mirrored into the URL. The panels at the top (connection, operation,
// sample code) render first and are painted (mark `hookwork-first-render`); the ones below
// (delivery preview, retry timeline, signature checker, console) start right after that frame,
// then the page is ready (mark `hookwork-ready`, body[data-ready=true]). Their first core calls
// cost tens of milliseconds each (the WASM functions are compiled on first use): this way they
// do not hold back the first render.
import { $ } from './dom.js';
import { loadCore, call, listOf, valueOr } from './core.js';
import { createStore, readUrlState, writeUrlState } from './store.js';
import { detectRunner } from './runner.js';
import { initSettingsPanel } from './panels/settings-panel.js';
import { initOperationPanel, loadOperations } from './panels/operation-panel.js';
import { initSamplesPanel } from './panels/samples-panel.js';
import { initPreviewPanel } from './panels/preview-panel.js';
import { initTimelinePanel } from './panels/timeline-panel.js';
import { initCheckerPanel } from './panels/checker-panel.js';
import { initConsolePanel } from './panels/console-panel.js';

const URL_KEYS = ['op', 'target', 'base_url', 'account', 'event', 'count', 'preset', 'seed', 'policy', 'scheme'];

async function main() {
  const status = $('status');
  const [runner] = await Promise.all([detectRunner(), loadCore()]);
  const fromUrl = readUrlState();
  const store = createStore({
    base_url: runner ? location.origin : 'http://127.0.0.1:8080',
    account: 'demo',
    api_key: sessionStorage.getItem('hookwork.api_key') || '',
    ...fromUrl,
    runner,
  });
  const eventNames = listOf(valueOr(call('catalog.list', {}), []), 'types', 'event_types')
    .map((t) => (typeof t === 'string' ? t : t.name)).filter(Boolean);
  const operations = loadOperations();

  initSettingsPanel(store);
  const { byName } = initOperationPanel(store, { operations, eventNames });
  initSamplesPanel(store, { byName });
  status.textContent = `Core loaded: ${operations.length} operations, ${eventNames.length} event types.`;
  performance.mark('hookwork-first-render');
  await afterPaint();

  initPreviewPanel(store, { eventNames });
  initTimelinePanel(store);
  initCheckerPanel(store);
  initConsolePanel(store);

  store.subscribe((state) => writeUrlState(state, URL_KEYS));
  writeUrlState(store.get(), URL_KEYS);
  document.body.dataset.ready = 'true';
  performance.mark('hookwork-ready');
}

// Resolves once the browser has painted what is on screen now: the task after the next animation
// frame. A hidden tab paints nothing and runs no animation frames: there, at once, and at the
// latest after 200 ms (the tab was hidden meanwhile).
function afterPaint() {
  if (document.visibilityState === 'hidden') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 200);
  });
}

main().catch((err) => {
  $('status').textContent = `The page could not start: ${err.message}`;
  document.body.dataset.ready = 'error';
  console.error(err);
});
