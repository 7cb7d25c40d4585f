// The runner that served this page, if any: same-origin REST calls for "Run" and the console.
export async function detectRunner() {
  if (!/^https?:$/.test(location.protocol)) return false;
  try {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), 1500);
    const res = await fetch('/healthz', { signal: ctrl.signal, cache: 'no-store' });
    clearTimeout(timer);
    return res.ok;
  } catch {
    return false;
  }
}

// One same-origin call: {status, statusText, headers:[{name, value}], text, json (or undefined)}.
export async function send({ method, path, headers = {}, body }) {
  const res = await fetch(path, { method, headers, body, cache: 'no-store' });
  const text = await res.text();
  let json;
  try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
  const list = [];
  res.headers.forEach((value, name) => list.push({ name, value }));
  return { status: res.status, statusText: res.statusText, headers: list, text, json };
}

export function apiCall(settings, method, path, payload) {
  const headers = { Authorization: `Bearer ${settings.api_key}` };
  let body;
  if (payload !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(payload);
  }
  return send({ method, path: `/v1/${encodeURIComponent(settings.account)}${path}`, headers, body });
}

// A runner error body {"error":{code, message, fields}} as one line.
export function describeError(res) {
  const err = res.json && res.json.error;
  if (err) return `${res.status} ${err.code || ''}: ${err.message || ''}`.trim();
  return `${res.status} ${res.statusText}`;
}
