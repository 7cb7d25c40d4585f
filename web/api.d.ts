// Types of the camelCase API shared by the Node package and the browser module.
// Inputs are the core's JSON inputs (see node/README.md); every answer is a Result.

export interface FieldError {
  /** JSON path of the offending field, "" for the whole input. */
  field: string;
  code: string;
  message: string;
}

export type Result<T = unknown> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Input = { [key: string]: unknown };

export type HeaderSource =
  | Record<string, string | string[] | number | undefined>
  | { entries(): Iterable<[string, string]>; get(name: string): string | null };

export interface VerifyWebhookOptions {
  /** "v1" (Standard Webhooks), "github" or "stripe". */
  scheme: 'v1' | 'github' | 'stripe' | string;
  /** One secret, or several during a rotation. */
  secrets: string | string[];
  /** Request headers as node:http, Express, Fastify or Fetch give them. */
  headers: HeaderSource;
  /** The RAW body exactly as received (not parsed JSON). */
  body: string | Uint8Array | ArrayBuffer | ArrayBufferView;
  /** Unix seconds; defaults to the clock. */
  now?: number;
  /** Accepted clock skew in seconds (core default 300). */
  tolerance?: number;
}

export interface VerifyOutcome {
  valid: boolean;
  reason?: string;
  matched_secret_index?: number;
  [key: string]: unknown;
}

export declare const FUNCTION_NAMES: Readonly<Record<string, string>>;

export interface Hookwork {
  /** Any facade function by name, e.g. call("validate.url", { url }). */
  call<T = unknown>(fn: string, input?: unknown): Result<T>;
  /** Same, JSON text in and out (what crosses the WASM boundary). */
  callText(fn: string, inputJson: string): string;
  /** Every facade function of the loaded core, sorted. */
  functions(): string[];
  /** Version of the core. */
  readonly version: string;

  catalog(input?: Input): Result;
  checkCustomType(input: Input): Result;
  validateHook(input: Input): Result;
  validateUrl(input: Input): Result;
  validateEvent(input: Input): Result;
  compileFilter(input: Input): Result;
  match(input: Input): Result;
  buildRequest(input: Input): Result;
  sign(input: Input): Result;
  verify(input: Input): Result<VerifyOutcome>;
  generateSecret(input: Input): Result;
  encryptLegacy(input: Input): Result;
  decryptLegacy(input: Input): Result;
  classify(input: Input): Result;
  planRetry(input: Input): Result;
  previewSchedule(input: Input): Result;
  retryPresets(input?: Input): Result;
  operations(input?: Input): Result;
  openapi(input?: Input): Result;
  sampleTargets(input?: Input): Result;
  sample(input: Input): Result;

  /** Verifies an incoming webhook request with sign.verify. Never throws for bad input. */
  verifyWebhook(options: VerifyWebhookOptions): Result<VerifyOutcome>;
}

export declare function createApi(module: {
  call(fn: string, input: string): string;
  functions(): string;
  version(): string;
}): Hookwork;
