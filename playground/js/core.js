// The Hookwork core in the browser: the web module over WebAssembly. The page works from the
// assembled build/playground/ (module copied to ./web/) and from a static server at the repo root
// (module at ../web/): the first location that loads wins.
const MODULE_LOCATIONS = ['../web/hookwork.js', '../../web/hookwork.js'];

// The assembled page preloads the .wasm (<link rel="preload" as="fetch" crossorigin>, written by
// scripts/build-playground.sh) while the HTML is parsed. Claimed here, as soon as the module graph
// runs, with a fetch() of the same URL and mode: the preloaded response, not a second download.
// The source page has no such link and lets the web module fetch its default .wasm.
const wasmPreload = typeof document === 'undefined' ? null
  : document.querySelector('link[rel="preload"][as="fetch"][href$=".wasm"]');
const earlyWasm = wasmPreload ? fetch(wasmPreload.href, { credentials: 'same-origin' }) : null;
earlyWasm?.catch(() => {});  // a failure is reported by loadCore(), which then loads the default

let core = null;

export async function loadCore() {
  const failures = [];
  for (const location of MODULE_LOCATIONS) {
    const url = new URL(location, import.meta.url).href;
    let mod;
    try {
      mod = await import(url);
    } catch (err) {
      failures.push(`${url}: ${err && err.message}`);
      continue;
    }
    if (earlyWasm) {
      try {
        core = await mod.load({ wasmResponse: earlyWasm });
        return core;
      } catch (err) {
        failures.push(`${wasmPreload.href}: ${err && err.message}`);
      }
    }
    try {
      core = await mod.load();
      return core;
    } catch (err) {
      failures.push(`${url}: ${err && err.message}`);
    }
  }
  throw new Error(`cannot load the Hookwork web module (${failures.join('; ')})`);
}

// call('validate.hook', {...}) → {ok:true, value} | {ok:false, errors:[{field, code, message}]}.
// Never throws: a broken call becomes an error value like any other.
export function call(fn, input) {
  if (!core) return { ok: false, errors: [{ field: '', code: 'not_loaded', message: 'the core is not loaded yet' }] };
  try {
    const out = core.call(fn, input);
    return typeof out === 'string' ? JSON.parse(out) : out;
  } catch (err) {
    return { ok: false, errors: [{ field: '', code: 'call_failed', message: String(err && err.message || err) }] };
  }
}

// The value, or `fallback` when the call failed (lists the page can live without).
export function valueOr(result, fallback) {
  return result && result.ok ? result.value : fallback;
}

// Facade values are sometimes a bare array, sometimes {key: [...]}: accept both.
export function listOf(value, ...keys) {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    for (const key of keys) if (Array.isArray(value[key])) return value[key];
  }
  return [];
}
