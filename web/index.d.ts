import type { Hookwork } from './api.js';
export * from './api.js';

/** Where the core's WebAssembly comes from; give at most one (none: ./dist/hookwork.wasm next to the module). */
export interface LoadOptions {
  /** Where to fetch hookwork.wasm; default: ./dist/hookwork.wasm next to the module. */
  wasmUrl?: string | URL;
  /** The .wasm bytes already in hand (no fetch), or a promise of them. */
  wasmBinary?: ArrayBuffer | ArrayBufferView | Promise<ArrayBuffer | ArrayBufferView>;
  /**
   * A fetch Response for the .wasm, or a promise of one: a download the page started early
   * (e.g. `fetch(url)` matching a `<link rel="preload" as="fetch" crossorigin>`). Compiled while
   * it streams when served as application/wasm; an HTTP error rejects load().
   */
  wasmResponse?: Response | Promise<Response>;
  /** The core already compiled (e.g. `WebAssembly.compileStreaming(fetch(url))`), or a promise of it. */
  wasmModule?: WebAssembly.Module | Promise<WebAssembly.Module>;
}

/** Instantiates the core. Without options the instance is shared; several sources at once reject. */
export declare function load(options?: LoadOptions): Promise<Hookwork>;
