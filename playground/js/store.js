// The page state: one object, changed through set(), observed by the panels, mirrored into the
// URL query so every view is a shareable link (?op=CreateWebHook&p.url=...&preset=mailup); the
// fragment stays free for the panel links.
// Secrets and the API key never go into the URL.
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

// Query ⇄ state. Form parameters are kept under "p." keys as text, exactly as typed.
export function readUrlState(search = location.search) {
  const params = new URLSearchParams(search);
  const state = { params: {} };
  for (const [key, value] of params) {
    if (key.startsWith('p.')) state.params[key.slice(2)] = value;
    else if (!PRIVATE_KEYS.has(key)) state[key] = value;
  }
  return state;
}

export function writeUrlState(state, keys) {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = state[key];
    if (value !== undefined && value !== null && value !== '' && !PRIVATE_KEYS.has(key)) params.set(key, String(value));
  }
  for (const [name, value] of Object.entries(state.params || {})) {
    if (value !== undefined && value !== '') params.set(`p.${name}`, value);
  }
  const query = params.toString();
  const search = query ? `?${query}` : '';
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
}
