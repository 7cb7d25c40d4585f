// The typed fast path (node/fast_path.js + wasm/fast_path.cpp) and the node:crypto host hash
// must change no answer: for every sign/verify vector and a matrix of hostile inputs, the
// default API answers exactly (same JSON text, key order included) what the generic JSON route
// answers, with and without the host hash.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';

import { Webhook } from 'standardwebhooks';

import { load } from '../../node/index.js';
import { readVectorFiles } from '../support/native.mjs';
import { vectorCases } from '../support/vectors.mjs';

const fast = await load();
const generic = await load({ fastPath: false });
const portable = await load({ fastPath: false, hostSha256: false });

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const OTHER = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const TS = 1614265330;
const BODY = JSON.stringify({ type: 'optin_finalized', data: { email: 'ada@example.com', note: 'héllo ✓ 😀' } });

const same = (what, a, b) => assert.equal(JSON.stringify(a), JSON.stringify(b), what);

function checkAll(fn, input, what) {
  const expected = generic[fn](input);
  same(`${fn} ${what}: fast path vs generic`, fast[fn](input), expected);
  same(`${fn} ${what}: host hash vs portable`, portable[fn](input), expected);
}

// Each variation replaces (or, with undefined, removes) one field of a valid base input.
function* variations(base, fields) {
  yield ['base', base];
  for (const [field, values] of Object.entries(fields)) {
    for (const value of values) {
      const input = { ...base };
      if (value === undefined) delete input[field];
      else input[field] = value;
      yield [`${field}=${describe(value)}`, input];
    }
  }
}
const describe = (v) => {
  try {
    return (typeof v === 'string' ? JSON.stringify(v.slice(0, 30)) : String(JSON.stringify(v) ?? v)).slice(0, 60);
  } catch {
    return typeof v;
  }
};

const hostile = {
  strings: ['', ' ', 'a b', '\u0000', '\ud800', 'é', '😀', 'x'.repeat(300), 42, null, true, {}, ['v1']],
  numbers: [0, -0, -1, 1.5, 253402300799, 253402300800, 2 ** 53, -(2 ** 53), NaN, Infinity, '1614265330', null, true],
};

test('sign and verify vectors answer the same through the fast path, the generic route and the portable hash', () => {
  let checked = 0;
  for (const c of readVectorFiles().flatMap(({ file, text }) => vectorCases(file, text))) {
    if (c.fn !== 'sign.sign' && c.fn !== 'sign.verify') continue;
    checkAll(c.fn === 'sign.sign' ? 'sign' : 'verify', JSON.parse(c.inputText), c.name);
    checked++;
  }
  assert.ok(checked >= 20, `only ${checked} sign/verify vectors`);
});

test('sign: hostile values in every field answer like the generic route', () => {
  for (const scheme of ['v1', 'github', 'stripe']) {
    const base = { scheme, secrets: [SECRET, OTHER], id: 'msg_1', timestamp: TS, body: BODY };
    const fields = {
      scheme: ['V1', 'v2', ...hostile.strings],
      secrets: [[], [SECRET], SECRET, [SECRET, undefined], [SECRET, 7], ['whsec_short'], ['\ud800'],
        Array(11).fill(SECRET), [SECRET, , OTHER], null, undefined], // eslint-disable-line no-sparse-arrays
      id: [...hostile.strings, undefined],
      timestamp: [...hostile.numbers, undefined],
      body: [...hostile.strings, 'x'.repeat(1 << 20), undefined],
      header_prefix: ['svix', 'X-Custom', ...hostile.strings],
      extra: ['ignored'],
    };
    for (const [what, input] of variations(base, fields)) checkAll('sign', input, `${scheme} ${what}`);
  }
  for (const input of [undefined, null, 'v1', [], 42, Object.create({ scheme: 'v1' }),
    { toJSON: () => ({ scheme: 'v1' }) }, Object.assign(Object.create(null), { scheme: 'v1', secrets: [SECRET], id: 'm', timestamp: 1, body: '' })]) {
    checkAll('sign', input, describe(input));
  }
});

test('sign: the decoded-key cache changes no answer across rotations, schemes, evictions and bad secrets', () => {
  // Keys decoded once per secret are kept for the last few secrets; every call must still
  // sign with exactly its own secrets, in order, and refuse bad ones as the core does.
  const secrets = Array.from({ length: 12 }, (_, i) => `whsec_${Buffer.alloc(24 + i, i + 1).toString('base64')}`);
  const calls = [];
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < secrets.length; i++) calls.push([secrets[i]], [secrets[i], secrets[(i + 5) % 12]]);
    calls.push(secrets.slice(0, 4), secrets.slice(0, 5), secrets.slice(2, 12), secrets.slice(0, 11));
    calls.push([secrets[0], 'whsec_not base64'], ['whsec_AAAA', secrets[1]], [SECRET, SECRET], []);
  }
  let checked = 0;
  for (const scheme of ['v1', 'github', 'stripe']) {
    for (const list of calls) {
      checkAll('sign', { scheme, secrets: list, id: 'msg_1', timestamp: TS, body: BODY }, `${scheme} ${list.length} secrets`);
      checked++;
    }
  }
  // The same text under another scheme is another key (v1 decodes Base64, the others use the text).
  checkAll('sign', { scheme: 'github', secrets: [SECRET], body: BODY }, 'github after v1');
  checkAll('sign', { scheme: 'v1', secrets: [SECRET], id: 'm', timestamp: TS, body: BODY }, 'v1 after github');
  assert.ok(checked > 200);
});

test('verify: hostile values in every field answer like the generic route', () => {
  const std = new Webhook(SECRET);
  const signature = std.sign('msg_1', new Date(TS * 1000), BODY);
  const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(TS), 'webhook-signature': signature };
  const base = { scheme: 'v1', secrets: [OTHER, SECRET], headers, body: BODY, now: TS + 10 };
  const fields = {
    scheme: ['github', 'stripe', ...hostile.strings],
    secrets: [[], [SECRET], [OTHER], SECRET, [SECRET, 1], ['whsec_x'], Array(12).fill(SECRET), undefined],
    headers: [
      {}, [], Object.entries(headers).map(([name, value]) => ({ name, value })),
      Object.entries(headers).map(([name, value]) => ({ name: name.toUpperCase(), value })),
      [{ name: 'webhook-id', value: 'other' }, ...Object.entries(headers).map(([name, value]) => ({ name, value }))],
      { ...headers, 'Webhook-Id': 'msg_other' }, { ...headers, 'webhook-signature': `v1a,xyz ${signature}` },
      { ...headers, 'webhook-timestamp': 'soon' }, { ...headers, 'webhook-id': undefined }, { ...headers, x: null },
      { ...headers, x: 5 }, { ...headers, x: ['a', 'b'] }, [{ name: 'webhook-id' }], [['webhook-id', 'msg_1']],
      { ...headers, '\ud800': 'x' }, { ...headers, x: '\ud800' }, 'webhook-id: msg_1', null, undefined,
    ],
    body: [`${BODY} `, '', '\ud800', BODY.replace('ada', 'eve'), 42, undefined],
    now: [TS, TS + 300, TS + 301, TS - 301, ...hostile.numbers, undefined],
    tolerance: [0, 10, 300, 604800, 604801, -1, 1.5, NaN, '300', null],
    header_prefix: ['webhook', 'svix', '', ...hostile.strings.slice(3)],
  };
  for (const [what, input] of variations(base, fields)) checkAll('verify', input, what);
});

test('verifyWebhook: bodies, header sources, secrets and clocks answer like the generic route', () => {
  const std = new Webhook(SECRET);
  const now = Math.floor(Date.now() / 1000);
  const signature = std.sign('msg_2', new Date(now * 1000), BODY);
  const headers = { 'webhook-id': 'msg_2', 'webhook-timestamp': String(now), 'webhook-signature': signature };
  const bytes = Buffer.from(BODY);
  const padded = Buffer.concat([Buffer.from('xx'), bytes, Buffer.from('yy')]);
  const base = { scheme: 'v1', secrets: SECRET, headers, body: BODY, now };
  const fields = {
    body: [bytes, new Uint8Array(bytes), bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
      padded.subarray(2, 2 + bytes.length), new DataView(padded.buffer, padded.byteOffset + 2, bytes.length),
      Buffer.from([0x7b, 0xff, 0x7d]), Buffer.from(`${BODY} `), '\ud800', JSON.parse(BODY), Buffer.alloc(0), undefined],
    headers: [new Headers(headers), { ...headers, extra: ['a', 'b'] }, { ...headers, extra: undefined },
      { ...headers, extra: null }, { ...headers, extra: 3 }, Object.assign(Object.create(null), headers), [], null,
      undefined, 'text'],
    secrets: [[SECRET], [OTHER, SECRET], [], OTHER, 5, undefined],
    now: [now + 400, null, undefined, 1.5, -1],
    tolerance: [0, 1000, -1, 604801, null, undefined],
    scheme: ['github', 'stripe', 'nope', undefined],
  };
  for (const [what, input] of variations(base, fields)) checkAll('verifyWebhook', input, what);
  checkAll('verifyWebhook', undefined, 'no options');
});

test('node:crypto hashes the long inputs, the portable code the short ones; hostSha256: false hashes none', {
  skip: typeof crypto.hash !== 'function' && 'this Node has no crypto.hash (the host hash uses createHash there)',
}, async () => {
  const original = crypto.hash;
  let calls = 0;
  crypto.hash = (...args) => {
    calls++;
    return original(...args);
  };
  try {
    const sign = (api, body) => api.sign({ scheme: 'v1', secrets: [SECRET], id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: TS, body });
    const expected = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
    assert.equal(sign(fast, '{"test": 2432232314}').value.headers[2].value, expected);
    assert.equal(calls, 0, 'a short message went to node:crypto');
    const long = sign(fast, 'x'.repeat(4096));
    assert.equal(calls, 1, 'the inner hash of a 4 KiB message did not go to node:crypto exactly once');
    calls = 0;
    const off = await load({ hostSha256: false });
    same('4 KiB signature without the host hash', sign(off, 'x'.repeat(4096)), long);
    assert.equal(calls, 0);
  } finally {
    crypto.hash = original;
  }
});

test('the fast path copes with inputs that outgrow its buffer and with memory growth between calls', () => {
  for (const size of [10, 100_000, 3_000_000, 50]) {
    const body = '€'.repeat(size);
    const input = { scheme: 'v1', secrets: [SECRET], id: 'msg_big', timestamp: TS, body };
    const signed = fast.sign(input);
    same(`sign ${size}`, signed, generic.sign(input));
    const verified = fast.verify({ scheme: 'v1', secrets: [SECRET], headers: signed.value.headers, body, now: TS });
    same(`verify ${size}`, verified, { ok: true, value: { matched_secret_index: 0, valid: true } });
    // Grow the wasm memory with a large generic call, then use the fast path again.
    generic.call('sign.sha256', { data: 'y'.repeat(size * 3) });
  }
});
