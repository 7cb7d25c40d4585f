// Delivery preview: for the hook in the form (or a default hook) and a sample event of the chosen
// type, exactly what the receiver gets — payload.build for method/URL/headers/body (GET payload=,
// batch, parameters, legacy encryption), then sign.sign with a secret shown on the page.
import { $, h, replace, headerTable, debounce } from '../dom.js';
import { call } from '../core.js';
import { sampleEvent } from '../sample-events.js';
import { randomHex, randomId } from '../random.js';

const DEFAULT_HOOK = { app: 'demo', url: 'https://receiver.example.com/hooks' };

export function initPreviewPanel(store, { eventNames }) {
  const select = $('preview-event');
  const count = $('preview-count');
  const secretInput = $('preview-secret');
  const out = $('preview-output');
  select.replaceChildren(...eventNames.map((n) => h('option', { value: n }, n)));
  if (eventNames.includes(store.get().event)) select.value = store.get().event;
  count.value = store.get().count || '1';

  const generateSecret = () => {
    const r = call('sign.generate_secret', { random_hex: randomHex(32) });
    if (r.ok) {
      secretInput.value = typeof r.value === 'string' ? r.value : r.value.secret;
      render();
    } else {
      replace(out, errorList('sign.generate_secret', r.errors));
    }
  };
  // One message per page view: the same webhook-id on every retry of a message, as the runner does.
  const messageId = randomId('msg_');
  const occurredAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');

  const render = () => {
    const state = store.get();
    const hookEvent = state.hook && typeof state.hook.event === 'string' && eventNames.includes(state.hook.event)
      ? state.hook.event : null;
    if (hookEvent && document.activeElement !== select) select.value = hookEvent;
    const type = select.value;
    const hook = { ...DEFAULT_HOOK, event: type, ...(state.hook || {}) };
    hook.event = type;
    const n = Math.max(1, Math.min(100, Number(count.value) || 1));
    // A batch needs batch_max ≥ its size: set it unless the form chose one (then the core says why not).
    if (n > 1 && !(state.hook && 'batch_max' in state.hook)) hook.batch_max = n;
    const events = Array.from({ length: n }, (_, i) => sampleEvent(type, i, occurredAt));
    const ids = events.map((_, i) => `evt_preview_${i + 1}`);
    const timestamp = Math.floor(Date.now() / 1000);
    store.set({ event: type, count: String(n) });

    const built = call('payload.build', { hook, events, ids, message_id: messageId, timestamp, account_id: state.account || 'demo' });
    if (!built.ok) {
      replace(out, h('p', { class: 'hint' }, state.hook ? 'The hook in the form does not build a request yet:' : ''),
        errorList('payload.build', built.errors));
      out.dataset.state = 'error';
      return;
    }
    const request = built.value;
    let headers = [...request.headers];
    let signatureNote = 'Generate or paste a secret to see the signature headers.';
    if (secretInput.value) {
      const signed = call('sign.sign', { scheme: 'v1', secrets: [secretInput.value], id: messageId, timestamp, body: request.body });
      if (signed.ok) {
        const extra = Array.isArray(signed.value) ? signed.value : signed.value.headers;
        const names = new Set(extra.map((x) => x.name.toLowerCase()));
        headers = headers.filter((x) => !names.has(x.name.toLowerCase())).concat(extra);
        signatureNote = 'Signed with the secret above (Standard Webhooks v1).';
      } else {
        signatureNote = `Not signed: ${signed.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`;
      }
    }
    replace(out,
      h('dl', { class: 'kv' },
        h('dt', {}, 'Request line'), h('dd', { id: 'preview-request-line' }, `${request.method} ${request.url}`),
        h('dt', {}, 'Events'), h('dd', {}, `${n} × ${type}${n > 1 ? ' (one batch request)' : ''}`),
        h('dt', {}, 'Signature'), h('dd', {}, signatureNote)),
      headerTable(headers, 'Request headers'),
      h('h3', {}, request.method === 'GET' ? 'Query key payload (decoded)' : 'Body'),
      h('pre', { id: 'preview-body', class: 'code', tabindex: '0', 'aria-label': 'Request body as sent' },
        request.method === 'GET' ? decodedPayload(request.url) : request.body),
      legacyPlaintext(hook, request.body));
    out.dataset.state = 'ok';
    out.dataset.method = request.method;
    out.dataset.timestamp = String(timestamp);
    out.dataset.messageId = messageId;
    out.dataset.body = request.body;
  };

  const rerender = debounce(render, 60);
  for (const el of [select, count, secretInput]) el.addEventListener('input', rerender);
  $('preview-generate').addEventListener('click', generateSecret);
  store.subscribe((_, patch) => { if ('hook' in patch || 'account' in patch) rerender(); });
  generateSecret();
}

function decodedPayload(url) {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const value = new URLSearchParams(query).get('payload');
  return value === null ? '(no payload key)' : value;
}

// Seed 004: the body is RC4+Base64 under the hook's key; show what the receiver decrypts.
function legacyPlaintext(hook, body) {
  if (!hook.encryption_key || !body) return null;
  const r = call('sign.decrypt_legacy', { key: hook.encryption_key, data: body });
  const text = r.ok ? (typeof r.value === 'string' ? r.value : r.value.data ?? r.value.plaintext) : r.errors.map((e) => e.message).join('; ');
  return [h('h3', {}, 'Decrypted by the receiver (legacy RC4 + Base64, insecure)'),
    h('pre', { id: 'preview-plaintext', class: 'code', tabindex: '0' }, text)];
}

function errorList(fn, errors) {
  return h('ul', { class: 'errors', dataset: { fn } }, errors.map((e) => h('li', {}, `${e.field || '(input)'}: ${e.message} (${e.code})`)));
}
