// Signature checker: pasted headers, body and secrets → sign.verify → valid, or the precise reason.
import { $, debounce } from '../dom.js';
import { call } from '../core.js';

// "Name: value" lines (a pasted request) → {name: value}; a JSON object is accepted too.
export function parseHeaderLines(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try { return JSON.parse(trimmed); } catch { /* fall through to lines */ }
  }
  const headers = {};
  for (const line of text.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return headers;
}

export function initCheckerPanel(store) {
  const ids = ['checker-scheme', 'checker-tolerance', 'checker-headers', 'checker-body', 'checker-secrets'];
  const [scheme, tolerance, headers, body, secrets] = ids.map($);
  const out = $('checker-result');
  if (store.get().scheme) scheme.value = store.get().scheme;

  const check = () => {
    store.set({ scheme: scheme.value });
    const secretList = secrets.value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
    if (!headers.value.trim() && !body.value && !secretList.length) {
      out.textContent = 'Paste the headers, the body and your secret(s).';
      out.className = 'verdict';
      out.dataset.valid = '';
      return;
    }
    const r = call('sign.verify', {
      scheme: scheme.value, secrets: secretList, headers: parseHeaderLines(headers.value), body: body.value,
      now: Math.floor(Date.now() / 1000), tolerance: Number(tolerance.value) || 0,
    });
    if (!r.ok) {
      out.textContent = `Cannot check: ${r.errors.map((e) => `${e.field || '(input)'}: ${e.message} (${e.code})`).join('; ')}`;
      out.className = 'verdict invalid';
      out.dataset.valid = 'false';
      return;
    }
    const v = r.value;
    out.dataset.valid = String(Boolean(v.valid));
    out.dataset.reason = v.reason || '';
    out.className = `verdict ${v.valid ? 'valid' : 'invalid'}`;
    out.textContent = v.valid
      ? `✓ Valid signature${typeof v.matched_secret_index === 'number' ? ` (secret #${v.matched_secret_index + 1})` : ''}.`
      : `✗ Invalid: ${v.reason}${v.message ? ` — ${v.message}` : ''}`;
  };
  const recheck = debounce(check, 100);
  for (const el of [scheme, tolerance, headers, body, secrets]) el.addEventListener('input', recheck);
  check();
}
