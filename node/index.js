// Hookwork for Node backends: the core compiled to WebAssembly, read from the file next
// to this module (no network). `const hw = await load()` then hw.sign(...), hw.verifyWebhook(...).
import { readFile } from 'node:fs/promises';

import createHookworkModule from './dist/hookwork.js';
import { createApi } from './dist/api.js';

export { FUNCTION_NAMES } from './dist/api.js';

const defaultWasmPath = new URL('./dist/hookwork.wasm', import.meta.url);

let defaultApi;

// Options: wasmPath (string | URL) to read another build, or wasmBinary already in hand.
// Without options the loaded API is shared by every caller.
export function load(options = {}) {
  const { wasmPath, wasmBinary } = options;
  if (wasmPath === undefined && wasmBinary === undefined) {
    defaultApi ??= instantiate(defaultWasmPath);
    return defaultApi;
  }
  return instantiate(wasmPath ?? defaultWasmPath, wasmBinary);
}

async function instantiate(path, binary) {
  // Emscripten's glue for the web environment would fetch() the file path; hand it the bytes.
  const wasmBinary = binary ?? await readFile(path);
  return createApi(await createHookworkModule({ wasmBinary }));
}

// The raw body of a node:http request (what verifyWebhook needs). Above maxBytes it rejects
// with code "body_too_large" and drains the rest unread, so the caller can still answer 413.
export function readRawBody(req, { maxBytes = 1024 * 1024 } = {}) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > maxBytes) {
        tooLarge = true;
        chunks.length = 0;
        reject(Object.assign(new Error(`request body larger than ${maxBytes} bytes`), { code: 'body_too_large' }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
