// The typed fast path of sign, verify and verifyWebhook (wasm/fast_path.cpp): the same facade
// handlers as every other call, reached without JSON text. Strings are written straight into
// the module's memory, and the usual answers come back compact (the signature headers, the
// index of the matching secret) instead of as a JSON document.
//
// No rules here either. An input takes this path only when its JSON form is certain to be
// rebuilt exactly on the C++ side (a plain object of well-formed strings, safe integers and
// string arrays); anything else — a number that is not a safe integer, a lone surrogate, a
// class instance, a Fetch body, a header given as an array — goes the generic way through
// `slow`, so every answer, each error included, is the one the JSON facade gives.
// Host-neutral (no node: imports): the browser module could use it as it is.

const HAS_ID = 1;
const HAS_TIMESTAMP = 2;
const HAS_PREFIX = 4;
const HAS_NOW = 8;
const HAS_TOLERANCE = 16;
const HEADERS_AS_LIST = 32;

// From this length a string is written into wasm memory by the host's encoder (see writeParts).
const LONG_STRING = 256;

const JSON_ANSWER = -1;    // the output holds the facade's JSON text
const NOT_VERIFIED = -3;   // the output holds "reason\nmessage"

const isPlainObject = (v) => {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && !('toJSON' in v);
};
const isPlainArray = (v) => Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype && !('toJSON' in v);
const absent = (v) => v === undefined || v === null;
// A JS string that UTF-8 encodes losslessly (JSON.stringify would escape a lone surrogate).
const isText = (v) => typeof v === 'string' && v.isWellFormed?.() === true;

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

// module: the Emscripten module (its _hookwork_fast_* exports and HEAPU8/HEAPU32).
// slow: {sign, verify, verifyWebhook} of the generic API, for every input this path does not take.
// isUtf8(bytes): true when the bytes are UTF-8 (default: a fatal TextDecoder).
// wrapMemory(heapU8): a view of the wasm memory with faster string access where the host has one
// (Node: a Buffer, whose utf8Write / latin1Slice skip a copy); default the Uint8Array itself.
export function createFastPath(module, slow, { isUtf8 = defaultIsUtf8, wrapMemory = (heap) => heap } = {}) {
  let base = 0;       // the input buffer in wasm memory
  let capacity = 0;
  const parts = [];   // strings (or UTF-8 bytes) of the call being prepared

  // The wasm memory as wrapMemory sees it, made again when growing memory replaced the view.
  let heapSeen = null;
  let view = null;
  const memory = () => {
    if (module.HEAPU8 !== heapSeen) {
      heapSeen = module.HEAPU8;
      view = wrapMemory(heapSeen);
    }
    return view;
  };
  const sample = wrapMemory(module.HEAPU8);
  const writeUtf8 = typeof sample.utf8Write === 'function'
    ? (mem, text, at, end) => mem.utf8Write(text, at, end - at)
    : (mem, text, at, end) => utf8Encoder.encodeInto(text, mem.subarray(at, end)).written;
  const readLatin1 = typeof sample.latin1Slice === 'function'
    ? (mem, start, end) => mem.latin1Slice(start, end)
    : (mem, start, end) => utf8Decoder.decode(mem.subarray(start, end));  // ASCII is UTF-8

  // Writes `parts` as [count][lengths...][bytes...]; the buffer grows when needed. Each call
  // empties `parts` when it starts, so they are left as they are here.
  function writeParts() {
    const count = parts.length;
    let bound = 4 * (1 + count);
    for (const p of parts) bound += typeof p === 'string' ? 3 * p.length : p.byteLength;
    if (bound > capacity) {
      capacity = Math.max(bound, 2 * capacity, 4096);
      base = module._hookwork_fast_input(capacity);
    }
    const mem = memory();  // after the call above: growing memory replaces the view
    const words = module.HEAPU32;
    const table = base >>> 2;
    words[table] = count;
    let at = base + 4 * (1 + count);
    const end = base + capacity;
    // A short string is copied by this loop while it is ASCII (most ids, secrets and header
    // names are), which costs less than a call into the host's encoder; the first other
    // character hands it to the encoder whole. A long string (a body) goes to the encoder.
    for (let i = 0; i < count; i++) {
      const p = parts[i];
      if (typeof p !== 'string') {
        mem.set(p, at);
        words[table + 1 + i] = p.byteLength;
        at += p.byteLength;
        continue;
      }
      let n = p.length;
      if (n < LONG_STRING) {
        for (let k = 0; k < n; k++) {
          const c = p.charCodeAt(k);
          if (c > 0x7f) {
            n = -1;
            break;
          }
          mem[at + k] = c;
        }
      } else {
        n = -1;
      }
      if (n < 0) n = writeUtf8(mem, p, at, end);
      words[table + 1 + i] = n;
      at += n;
    }
  }

  const outputStart = () => module._hookwork_fast_output();
  // The output as text: printable ASCII in the compact answers, UTF-8 JSON otherwise.
  const outputAscii = () => {
    const at = outputStart();
    return readLatin1(memory(), at, at + module._hookwork_fast_output_size());
  };
  const outputUtf8 = () => {
    const at = outputStart();
    return utf8Decoder.decode(module.HEAPU8.subarray(at, at + module._hookwork_fast_output_size()));
  };
  const jsonAnswer = () => JSON.parse(outputUtf8());

  // Pushes every secret; false when one is not plain text (or secrets is not a plain array).
  function pushSecrets(secrets) {
    if (!isPlainArray(secrets)) return false;
    for (let i = 0; i < secrets.length; i++) {
      if (!isText(secrets[i])) return false;
      parts.push(secrets[i]);
    }
    return true;
  }

  // Pushes name, value pairs of a headers object or a [{name, value}] list; undefined values are
  // left out as JSON.stringify leaves them out. Returns the flag to use, or -1 when not plain.
  function pushHeaders(headers) {
    if (isPlainArray(headers)) {
      for (let i = 0; i < headers.length; i++) {
        const h = headers[i];
        if (!isPlainObject(h) || !isText(h.name) || !isText(h.value)) return -1;
        parts.push(h.name, h.value);
      }
      return HEADERS_AS_LIST;
    }
    if (!isPlainObject(headers)) return -1;
    for (const name of Object.keys(headers)) {
      const value = headers[name];
      if (value === undefined) continue;
      if (!isText(name) || !isText(value)) return -1;
      parts.push(name, value);
    }
    return 0;
  }

  function sign(input) {
    parts.length = 0;
    if (!isPlainObject(input)) return slow.sign(input);
    const { scheme, secrets, id, timestamp, body, header_prefix: prefix } = input;
    if (!isText(scheme) || !isText(body)) return slow.sign(input);
    parts.push(scheme, body);
    let flags = 0;
    if (!absent(id)) {
      if (!isText(id)) return slow.sign(input);
      parts.push(id);
      flags |= HAS_ID;
    }
    if (!absent(prefix)) {
      if (!isText(prefix)) return slow.sign(input);
      parts.push(prefix);
      flags |= HAS_PREFIX;
    }
    if (!absent(timestamp)) {
      if (!Number.isSafeInteger(timestamp)) return slow.sign(input);
      flags |= HAS_TIMESTAMP;
    }
    if (!pushSecrets(secrets)) return slow.sign(input);
    writeParts();
    const code = module._hookwork_fast_sign(flags, flags & HAS_TIMESTAMP ? timestamp : 0);
    if (code === JSON_ANSWER) return jsonAnswer();
    if (code !== 0) return slow.sign(input);
    // "name\nvalue\n..." (printable ASCII)
    const text = outputAscii();
    const headers = [];
    for (let at = 0; at < text.length;) {
      const nameEnd = text.indexOf('\n', at);
      const valueEnd = text.indexOf('\n', nameEnd + 1);
      headers.push({ name: text.slice(at, nameEnd), value: text.slice(nameEnd + 1, valueEnd) });
      at = valueEnd + 1;
    }
    return { ok: true, value: { headers } };
  }

  // The prepared verify call: parts hold scheme, body, [prefix], secrets, headers.
  function runVerify(flags, secretCount, now, tolerance, retry) {
    writeParts();
    const code = module._hookwork_fast_verify(flags, secretCount, now, tolerance);
    // Keys in the order of the facade's JSON text.
    if (code >= 0) return { ok: true, value: { matched_secret_index: code, valid: true } };
    if (code === NOT_VERIFIED) {
      const text = outputAscii();
      const newline = text.indexOf('\n');
      return { ok: true, value: { message: text.slice(newline + 1), reason: text.slice(0, newline), valid: false } };
    }
    if (code === JSON_ANSWER) return jsonAnswer();
    return retry();
  }

  // Reads now and tolerance (absent or safe integers) into flags; -1 when not plain.
  function timeFlags(flags, now, tolerance) {
    if (!absent(now)) {
      if (!Number.isSafeInteger(now)) return -1;
      flags |= HAS_NOW;
    }
    if (!absent(tolerance)) {
      if (!Number.isSafeInteger(tolerance)) return -1;
      flags |= HAS_TOLERANCE;
    }
    return flags;
  }

  function verify(input) {
    parts.length = 0;
    if (!isPlainObject(input)) return slow.verify(input);
    const { scheme, secrets, headers, body, now, tolerance, header_prefix: prefix } = input;
    if (!isText(scheme) || !isText(body)) return slow.verify(input);
    parts.push(scheme, body);
    let flags = timeFlags(0, now, tolerance);
    if (flags < 0) return slow.verify(input);
    if (!absent(prefix)) {
      if (!isText(prefix)) return slow.verify(input);
      parts.push(prefix);
      flags |= HAS_PREFIX;
    }
    if (!pushSecrets(secrets)) return slow.verify(input);
    const headerFlag = pushHeaders(headers);
    if (headerFlag < 0) return slow.verify(input);
    return runVerify(flags | headerFlag, secrets.length, flags & HAS_NOW ? now : 0,
      flags & HAS_TOLERANCE ? tolerance : 0, () => slow.verify(input));
  }

  // verifyWebhook's input made plain: the same normalisation as the generic helper (a
  // single secret as a list, the clock when now is not given), with raw bodies only.
  function verifyWebhook(options = {}) {
    parts.length = 0;
    const retry = () => slow.verifyWebhook(options);
    if (!isPlainObject(options)) return retry();
    const { scheme, headers, body, tolerance } = options;
    const secrets = typeof options.secrets === 'string' ? [options.secrets] : options.secrets;
    const now = options.now ?? Math.floor(Date.now() / 1000);
    if (!isText(scheme)) return retry();
    parts.push(scheme);
    if (isText(body)) {
      parts.push(body);
    } else {
      const bytes = body instanceof ArrayBuffer ? new Uint8Array(body)
        : ArrayBuffer.isView(body) ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : undefined;
      if (bytes === undefined || !isUtf8(bytes)) return retry();
      parts.push(bytes);
    }
    const flags = timeFlags(0, now, tolerance);
    if (flags < 0 || !pushSecrets(secrets) || !pushWebhookHeaders(headers)) return retry();
    return runVerify(flags, secrets.length, now, flags & HAS_TOLERANCE ? tolerance : 0, retry);
  }

  // Request headers as node:http, Express and Fastify give them (string values; undefined or
  // null left out) or a Fetch Headers; false for anything else (array values: the generic way).
  function pushWebhookHeaders(headers) {
    if (absent(headers)) return true;
    const fetchLike = typeof headers.entries === 'function' && typeof headers.get === 'function';
    if (!fetchLike && !isPlainObject(headers)) return false;
    for (const [name, value] of fetchLike ? headers.entries() : Object.entries(headers)) {
      if (absent(value)) continue;
      if (!isText(name) || !isText(value)) return false;
      parts.push(name, value);
    }
    return true;
  }

  return { sign, verify, verifyWebhook };
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });
function defaultIsUtf8(bytes) {
  try {
    fatalUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
