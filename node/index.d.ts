import type { IncomingMessage } from 'node:http';

import type { FunctionNames, Hookwork } from './dist/types.js';

export * from './dist/types.js';

export interface LoadOptions {
  /** Another hookwork.wasm to read; default: dist/hookwork.wasm of this package. */
  wasmPath?: string | URL;
  /** The .wasm bytes already in hand. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** false: every hash in the portable wasm code, as in browsers (default true: node:crypto's SHA-256 for long inputs). */
  hostSha256?: boolean;
  /** false: sign, verify and verifyWebhook through the generic JSON route (default true: the typed fast path). */
  fastPath?: boolean;
}

/** camelCase name -> facade function name, for every function of the package. */
export declare const FUNCTION_NAMES: FunctionNames;

/** Instantiates the core. Without options (or with the defaults) the instance is shared. */
export declare function load(options?: LoadOptions): Promise<Hookwork>;

/** Reads the raw body of a node:http request; rejects (code "body_too_large") above maxBytes (default 1 MiB). */
export declare function readRawBody(req: IncomingMessage, options?: { maxBytes?: number }): Promise<Buffer>;
