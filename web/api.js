// The camelCase API over the core's JSON facade, shared by the Node package and the
// browser module (build-wasm.sh copies this file to node/dist/api.js: one wrapper list).
// No rules here: every answer, including every error, comes from the core as
// {ok:true, value} or {ok:false, errors:[{field, code, message}]}.

// camelCase name -> facade function. A name the loaded core lacks answers unknown_function.
export const FUNCTION_NAMES = Object.freeze({
  catalog: 'catalog.list',
  checkCustomType: 'catalog.check_custom_type',
  validateHook: 'validate.hook',
  validateUrl: 'validate.url',
  validateEvent: 'validate.event',
  compileFilter: 'filter.compile',
  match: 'filter.match',
  buildRequest: 'payload.build',
  sign: 'sign.sign',
  verify: 'sign.verify',
  generateSecret: 'sign.generate_secret',
  sha256: 'sign.sha256',
  hmacSha256: 'sign.hmac_sha256',
  encryptLegacy: 'sign.encrypt_legacy',
  decryptLegacy: 'sign.decrypt_legacy',
  classify: 'retry.classify',
  planRetry: 'retry.plan',
  previewSchedule: 'retry.preview',
  retryPresets: 'retry.presets',
  bufferDecision: 'retry.buffer',
  recordHealthEvent: 'retry.deactivation',
  operations: 'samples.operations',
  openapi: 'samples.openapi',
  sampleTargets: 'samples.targets',
  sample: 'samples.generate',
});

// Facade functions whose input carries one potentially large string: it crosses to wasm
// raw instead of inside JSON text (see callWithText in wasm/bindings.cpp). A speed hint only.
const LARGE_TEXT_FIELD = Object.freeze({
  'sign.sign': 'body',
  'sign.verify': 'body',
  'sign.encrypt_legacy': 'data',
  'sign.decrypt_legacy': 'data',
});

const isPlainObject = (v) => v !== null && typeof v === 'object'
  && [Object.prototype, null].includes(Object.getPrototypeOf(v)) && !('toJSON' in v);

const hostError = (field, code, message) => ({ ok: false, errors: [{ field, code, message }] });

// Headers from node:http (lower-case names, string or string[]), a Fetch `Headers`,
// or any plain object, as one object of string values.
function headerObject(headers) {
  const out = {};
  if (headers == null) return out;
  const entries = typeof headers.entries === 'function' && typeof headers.get === 'function'
    ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    if (value === undefined || value === null) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

// The raw body as the sender signed it: a string, or bytes checked to be UTF-8 (the core's
// body is text, as in the JSON facade); undefined when it is not raw. Throws on bad UTF-8.
function rawBody(body) {
  if (typeof body === 'string') return body.isWellFormed?.() === false ? undefined : body;
  const bytes = body instanceof ArrayBuffer ? new Uint8Array(body)
    : ArrayBuffer.isView(body) ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : undefined;
  if (bytes !== undefined) utf8Decoder.decode(bytes);
  return bytes;
}

export function createApi(module) {
  const callText = (fn, inputJson) => module.call(String(fn), String(inputJson));
  // `large` (string or UTF-8 bytes) crosses raw and lands at input[field]; bytes cross with
  // one copy, where embind would encode a JS string in a JS loop.
  const callWithLarge = (fn, input, field, large) => {
    let text;
    try {
      text = JSON.stringify({ ...input, [field]: undefined });
    } catch (e) {
      return hostError('', 'invalid_input', `input cannot be written as JSON: ${e.message}`);
    }
    const bytes = typeof large === 'string' ? utf8Encoder.encode(large) : large;
    return JSON.parse(module.callWithText(String(fn), text, field, bytes));
  };

  const call = (fn, input = {}) => {
    const field = LARGE_TEXT_FIELD[fn];
    // Lone surrogates take the JSON route, where the facade reports them like every host does.
    if (field !== undefined && isPlainObject(input) && typeof input[field] === 'string'
        && input[field].isWellFormed?.() === true) {
      return callWithLarge(fn, input, field, input[field]);
    }
    let text;
    try {
      text = JSON.stringify(input === undefined ? {} : input);
    } catch (e) {  // cycles, BigInt: the caller's input cannot become JSON
      return hostError('', 'invalid_input', `input cannot be written as JSON: ${e.message}`);
    }
    return JSON.parse(callText(fn, text));
  };

  const api = {
    call,
    callText,
    functions: () => JSON.parse(module.functions()),
    version: module.version(),
  };
  for (const [name, fn] of Object.entries(FUNCTION_NAMES)) api[name] = (input) => call(fn, input);

  // Receiver helper: verifies an incoming webhook from its raw body and headers with the
  // core's sign.verify. Works with node:http, Express (express.raw) and Fastify (a buffer
  // content-type parser) without depending on them. `now` is seconds; defaults to the clock.
  api.verifyWebhook = ({ scheme, secrets, headers, body, now, tolerance } = {}) => {
    let raw;
    try {
      raw = rawBody(body);
    } catch {
      return hostError('body', 'invalid_utf8', 'body is not valid UTF-8');
    }
    if (raw === undefined) {
      return hostError('body', 'not_raw',
        'body must be the raw request body (string, Buffer, Uint8Array or ArrayBuffer), not parsed JSON');
    }
    const input = {
      scheme,
      secrets: typeof secrets === 'string' ? [secrets] : secrets,
      headers: headerObject(headers),
      now: now ?? Math.floor(Date.now() / 1000),
    };
    if (tolerance !== undefined) input.tolerance = tolerance;
    return callWithLarge('sign.verify', input, 'body', raw);
  };
  return Object.freeze(api);
}
