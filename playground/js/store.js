// The page state: one object, changed through set(), observed by the panels, mirrored into the
// URL query so every view is a shareable link (?op=CreateWebHook&p.url=...&preset=mailup); the
// fragment stays free for the panel links.
// Secrets and the API key never go into the URL (and are not taken from one): see shareableText.
const PRIVATE_KEYS = new Set(['api_key', 'secret']);

export function createStore(initial) {
  let state = { ...initial };
  const listeners = new Set();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const fn of listeners) fn(state, patch);
    },
    subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); },
  };
}

// ---- what of a value may be shared ---------------------------------------------------------------
// A form field or state key whose whole value is a secret (encryption_key, a password, a token…).
const SECRET_NAME = /pass(word|wd)?|secret|token|api[-_]?key|encryption[-_]?key|private[-_]?key|credential/i;
// A key inside a JSON value (basic_auth.password, a filter or data field named "token"…).
const SECRET_JSON_KEY = /pass(word|wd)?|secret|token|api[-_]?key|^key$|private|credential|authorization|cookie|session/i;
// A header that carries credentials (in a hook's custom headers [{name, value}]): its value goes.
const SECRET_HEADER = /auth|token|secret|pass|key|cookie|session|signature|credential|private/i;
// A URL's query parameter holding a credential (https://host/hook?token=…): its value goes.
const SECRET_QUERY = /^(.*[-_.])?(pass(word|wd)?|secret|token|api[-_]?key|key|sig|signature|auth|access[-_]?token|code)$/i;
// Form fields that hold URLs.
const URL_FIELDS = new Set(['url', 'base_url']);

// The text of field `name` as it may appear in a shared link, or undefined when none of it may:
//   secret-named fields (encryption_key…)            → left out;
//   URLs                                            → without the userinfo password and without
//                                                     the values of credential query parameters;
//   JSON (basic_auth, headers, filter, data…)        → with every secret-named key's value and every
//                                                     credential header's value blanked ("");
//                                                     JSON that does not parse yet (being typed)
//                                                     and mentions a secret-ish word → left out.
// Everything else is kept exactly as typed.
export function shareableText(name, text) {
  if (text === undefined || text === null) return undefined;
  text = String(text);
  if (SECRET_NAME.test(name)) return undefined;
  if (URL_FIELDS.has(name)) return shareableUrl(text);
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value;
    try { value = JSON.parse(trimmed); } catch {
      return SECRET_JSON_KEY.test(text) || SECRET_HEADER.test(text) ? undefined : text;
    }
    const { value: clean, changed } = blankSecrets(value, name === 'headers');
    return changed ? JSON.stringify(clean) : text;
  }
  return text;
}

// https://user:pass@host/p?token=abc&list=1 → https://user@host/p?token=&list=1 (rest as typed).
// While the authority is being typed ("https://user:pa", no "@" yet) whatever follows its ":" is
// cut unless it can be a port (1–5 digits).
export function shareableUrl(text) {
  let out = text.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#@:]*):[^/?#@]*@/i, '$1@');
  out = out.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#@:]*:)(?!\d{0,5}(?:[/?#]|$))[^/?#@]*(?=[/?#]|$)/i, '$1');
  const q = out.indexOf('?');
  if (q < 0) return out;
  const hash = out.indexOf('#', q);
  const end = hash < 0 ? out.length : hash;
  const query = out.slice(q + 1, end).split('&').map((pair) => {
    const eq = pair.indexOf('=');
    if (eq < 0) return pair;
    let key = pair.slice(0, eq);
    try { key = decodeURIComponent(key.replace(/\+/g, ' ')); } catch { /* keep as typed */ }
    return SECRET_QUERY.test(key) ? pair.slice(0, eq + 1) : pair;
  }).join('&');
  out = `${out.slice(0, q + 1)}${query}${out.slice(end)}`;
  return out;
}

// A JSON value with secrets blanked: values under secret-named keys, and the value of every
// {name, value} header (or {"Header": value} map, for the headers field) whose name is a credential.
function blankSecrets(value, isHeaders) {
  let changed = false;
  const walk = (v) => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const credentialHeader = typeof v.name === 'string' && 'value' in v && SECRET_HEADER.test(v.name);
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const secret = (k === 'value' && credentialHeader) || SECRET_JSON_KEY.test(k)
        || (isHeaders && v === value && !Array.isArray(value) && SECRET_HEADER.test(k));
      if (secret && x !== '') { out[k] = ''; changed = true; } else out[k] = walk(x);
    }
    return out;
  };
  return { value: walk(value), changed };
}

// ---- query ⇄ state ------------------------------------------------------------------------------
// Form parameters are kept under "p." keys as text, exactly as typed (less their secrets).
export function readUrlState(search = location.search) {
  const params = new URLSearchParams(search);
  const state = { params: {} };
  for (const [key, value] of params) {
    if (key.startsWith('p.')) {
      const text = shareableText(key.slice(2), value);
      if (text !== undefined) state.params[key.slice(2)] = text;
    } else if (!PRIVATE_KEYS.has(key)) {
      const text = shareableText(key, value);
      if (text !== undefined) state[key] = text;
    }
  }
  return state;
}

// The query string (without "?") of a state: `keys` of the state, then the form's "p." texts.
export function urlQuery(state, keys) {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = state[key];
    if (value === undefined || value === null || value === '' || PRIVATE_KEYS.has(key)) continue;
    const text = shareableText(key, value);
    if (text !== undefined && text !== '') params.set(key, text);
  }
  for (const [name, value] of Object.entries(state.params || {})) {
    const text = shareableText(name, value);
    if (text !== undefined && text !== '') params.set(`p.${name}`, text);
  }
  return params.toString();
}

export function writeUrlState(state, keys) {
  const query = urlQuery(state, keys);
  const search = query ? `?${query}` : '';
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
}
