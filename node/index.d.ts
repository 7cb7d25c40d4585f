import type { IncomingMessage } from 'node:http';
import type { Hookwork } from './dist/api.js';
export * from './dist/api.js';

export interface LoadOptions {
  /** Another hookwork.wasm to read; default: dist/hookwork.wasm of this package. */
  wasmPath?: string | URL;
  /** The .wasm bytes already in hand. */
  wasmBinary?: ArrayBuffer | Uint8Array;
}

/** Instantiates the core. Without options the instance is shared. */
export declare function load(options?: LoadOptions): Promise<Hookwork>;

/** Reads the raw body of a node:http request; rejects (code "body_too_large") above maxBytes (default 1 MiB). */
export declare function readRawBody(req: IncomingMessage, options?: { maxBytes?: number }): Promise<Buffer>;
