// Types of the camelCase API shared by the Node package and the browser module: one
// source, types.d.ts (the Node package ships a copy as dist/types.d.ts).
import type { FunctionNames, Hookwork } from './types.js';

export * from './types.js';

/** camelCase name -> facade function name, for every function of the API. */
export declare const FUNCTION_NAMES: FunctionNames;

/** The camelCase API over an instantiated module (what load() does for you). */
export declare function createApi(module: {
  call(fn: string, input: string): string;
  functions(): string;
  version(): string;
}): Hookwork;
