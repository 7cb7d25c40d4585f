// Hookwork for Node backends: the core compiled to WebAssembly, read from the file next
// to this module (no network). `const hw = await load()` then hw.sign(...), hw.verifyWebhook(...).
import { isUtf8 } from 'node:buffer';
import crypto from 'node:crypto';
import { readFile } from 'node:fs/promises';

import createHookworkModule from './dist/hookwork.js';
import { createApi, FUNCTION_NAMES } from './dist/api.js';
import { createFastPath } from './fast_path.js';

// camelCase name -> facade function, every function of the package (the list web/api.js shares).
export { FUNCTION_NAMES };

const defaultWasmPath = new URL('./dist/hookwork.wasm', import.meta.url);

// node:crypto's SHA-256, synchronous, for the core's host hash seam (wasm/host_sha256.cpp): the
// digest of `input` written to heap[at..at+32). crypto.hash (Node >= 20.12) is a one-shot call;
// its 'latin1' answer is a short string, cheaper to make than a Buffer. Older Node builds a Hash
// object, whose higher fixed cost raises the size from which the core hands an input over.
const hostSha256 = typeof crypto.hash === 'function'
  ? (input, heap, at) => {
    const digest = crypto.hash('sha256', input, 'latin1');
    for (let i = 0; i < 32; i++) heap[at + i] = digest.charCodeAt(i);
  }
  : (input, heap, at) => heap.set(crypto.createHash('sha256').update(input).digest(), at);
// Shorter inputs are hashed faster by the portable code in wasm than a call out costs
// (measured with bench/node_bench.mjs; docs/benchmarks.md, "Node package").
const HOST_SHA256_MIN_BYTES = typeof crypto.hash === 'function' ? 256 : 512;

let defaultApi;

// Options: wasmPath (string | URL) to read another build, or wasmBinary already in hand;
// hostSha256: false keeps every hash in the portable wasm code (as in browsers);
// fastPath: false sends sign/verify/verifyWebhook through the generic JSON route.
// Answers are the same either way. Without options the loaded API is shared by every caller.
export function load(options = {}) {
  const { wasmPath, wasmBinary, hostSha256: useHost = true, fastPath = true } = options;
  if (wasmPath === undefined && wasmBinary === undefined && useHost && fastPath) {
    defaultApi ??= instantiate(defaultWasmPath, undefined, true, true);
    return defaultApi;
  }
  return instantiate(wasmPath ?? defaultWasmPath, wasmBinary, useHost, fastPath);
}

async function instantiate(path, binary, useHost, fastPath) {
  // Emscripten's glue for the web environment would fetch() the file path; hand it the bytes.
  const wasmBinary = binary ?? await readFile(path);
  const module = await createHookworkModule({ wasmBinary });
  if (useHost) {
    module.hostSha256 = hostSha256;
    module._hookwork_use_host_sha256(1, HOST_SHA256_MIN_BYTES);
  }
  const shared = createApi(module);
  const api = { ...shared };
  if (fastPath) {
    const wrapMemory = (heap) => Buffer.from(heap.buffer, heap.byteOffset, heap.byteLength);
    Object.assign(api, createFastPath(module, shared, { isUtf8, wrapMemory }));
  }
  return Object.freeze(api);
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
