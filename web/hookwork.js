// Hookwork for browsers: the core compiled to WebAssembly, no bundler required.
//   import { load } from './hookwork.js';
//   const hw = await load();            // fetches ./dist/hookwork.wasm next to this module
//   hw.validateUrl({ url: 'https://example.com/hook' });
import createHookworkModule from './dist/hookwork.js';
import { createApi } from './api.js';

export { FUNCTION_NAMES } from './api.js';

const defaultWasmUrl = () => new URL('./dist/hookwork.wasm', import.meta.url);

let defaultApi;

// Options: wasmUrl (string | URL) to fetch the .wasm from elsewhere, or wasmBinary
// (ArrayBuffer | Uint8Array) already in hand. Without options the loaded API is shared.
export function load(options = {}) {
  const { wasmUrl, wasmBinary } = options;
  if (wasmUrl === undefined && wasmBinary === undefined) {
    defaultApi ??= instantiate({});
    return defaultApi;
  }
  return instantiate({ wasmUrl, wasmBinary });
}

async function instantiate({ wasmUrl, wasmBinary }) {
  const url = String(wasmUrl ?? defaultWasmUrl());
  const module = await createHookworkModule(
    wasmBinary !== undefined ? { wasmBinary } : { locateFile: () => url });
  return createApi(module);
}
