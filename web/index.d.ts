import type { Hookwork } from './api.js';
export * from './api.js';

export interface LoadOptions {
  /** Where to fetch hookwork.wasm; default: ./dist/hookwork.wasm next to the module. */
  wasmUrl?: string | URL;
  /** The .wasm bytes already in hand (no fetch). */
  wasmBinary?: ArrayBuffer | Uint8Array;
}

/** Instantiates the core. Without options the instance is shared. */
export declare function load(options?: LoadOptions): Promise<Hookwork>;
