// Hookwork for browsers: the core compiled to WebAssembly, no bundler required.
//   import { load } from './hookwork.js';
//   const hw = await load();            // fetches ./dist/hookwork.wasm next to this module
//   hw.validateUrl({ url: 'https://example.com/hook' });
// A page that wants the .wasm early starts the download itself (a <link rel="preload" as="fetch"
// crossorigin> and fetch(), or fetch() at the top of its entry module) and hands it over:
//   const hw = await load({ wasmResponse: fetch(wasmUrl) });
import createHookworkModule from './dist/hookwork.js';
import { createApi } from './api.js';

export { FUNCTION_NAMES } from './api.js';

const defaultWasmUrl = () => new URL('./dist/hookwork.wasm', import.meta.url);

let defaultApi;

// Options, at most one WASM source (none: ./dist/hookwork.wasm, and the loaded API is shared):
//   wasmUrl       string | URL: fetch the .wasm from elsewhere;
//   wasmBinary    ArrayBuffer | typed array, or a promise of one: the bytes;
//   wasmResponse  Response, or a promise of one (fetch(url)): streamed into the compiler;
//   wasmModule    WebAssembly.Module, or a promise of one (WebAssembly.compileStreaming(...)).
// A failed source (HTTP error, not WASM, rejected promise) rejects load().
export function load(options = {}) {
  const sources = ['wasmUrl', 'wasmBinary', 'wasmResponse', 'wasmModule'].filter((k) => options[k] !== undefined);
  if (sources.length > 1) return Promise.reject(new TypeError(`load(): give one of ${sources.join(', ')}, not several`));
  if (sources.length === 0) {
    defaultApi ??= instantiate({ locateFile: () => String(defaultWasmUrl()) });
    return defaultApi;
  }
  const [key] = sources;
  if (key === 'wasmUrl') {
    const url = String(options.wasmUrl);
    return instantiate({ locateFile: () => url });
  }
  return instantiate({}, compiled(key, options[key]));
}

// The source as a promise of a WebAssembly.Module (instantiated with the glue's imports below).
async function compiled(key, source) {
  const value = await source;
  if (key === 'wasmModule') {
    if (!(value instanceof WebAssembly.Module)) throw new TypeError('wasmModule is not a WebAssembly.Module');
    return value;
  }
  if (key === 'wasmBinary') return WebAssembly.compile(bytesOf(value));
  if (!(value instanceof Response)) throw new TypeError('wasmResponse is not a fetch Response');
  if (!value.ok) throw new Error(`${value.url || 'hookwork.wasm'}: HTTP ${value.status}`);
  const type = value.headers.get('content-type') || '';
  // Streaming compilation needs application/wasm; any other type still works from the bytes.
  if (/^application\/wasm\b/i.test(type)) return WebAssembly.compileStreaming(value);
  return WebAssembly.compile(await value.arrayBuffer());
}

function bytesOf(value) {
  if (value instanceof ArrayBuffer) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError('wasmBinary is not an ArrayBuffer or a typed array');
}

async function instantiate(moduleOptions, modulePromise) {
  let failed;
  const failure = new Promise((_, reject) => { failed = reject; });
  if (modulePromise) {
    // Emscripten's hook: instantiate with the glue's imports, hand the instance back.
    moduleOptions.instantiateWasm = (imports, receiveInstance) => {
      modulePromise
        .then(async (mod) => receiveInstance(await WebAssembly.instantiate(mod, imports), mod))
        .catch(failed);
      return {};
    };
  }
  const module = await Promise.race([createHookworkModule(moduleOptions), failure]);
  return createApi(module);
}
