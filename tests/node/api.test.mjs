// The Node package's wrapper: loading, the camelCase names, and bad input answered as values.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import { FUNCTION_NAMES, load } from '../../node/index.js';

const hw = await load();

test('load() shares one instance; explicit options make a new one that answers the same', async () => {
  assert.equal(await load(), hw);
  const wasmBinary = await readFile(new URL('../../node/dist/hookwork.wasm', import.meta.url));
  const other = await load({ wasmBinary });
  assert.notEqual(other, hw);
  assert.deepEqual(other.functions(), hw.functions());
  assert.equal(other.version, hw.version);
});

test('every camelCase function names a facade function of the core, and every facade function has one', () => {
  const core = new Set(hw.functions());
  for (const [name, fn] of Object.entries(FUNCTION_NAMES)) {
    assert.equal(typeof hw[name], 'function', name);
    assert.ok(core.has(fn), `${name} -> ${fn} is not in the core`);
  }
  assert.deepEqual(Object.values(FUNCTION_NAMES).sort(), hw.functions());
});

test('each camelCase function answers what its facade function answers', () => {
  const inputs = {
    bufferDecision: { health: { active: false, deactivated_at_ms: 0 }, received_ms: 431999999 },
    recordHealthEvent: { health: { consecutive_exhausted: 9, failing_since_ms: 0 }, event: 'exhausted', now_ms: 36000000 },
    sha256: { data: 'abc' },
    hmacSha256: { key: 'Jefe', data: 'what do ya want for nothing?' },
  };
  for (const [name, fn] of Object.entries(FUNCTION_NAMES)) {
    const input = inputs[name] ?? {};
    assert.deepEqual(hw[name](input), hw.call(fn, input), name);
  }
  assert.deepEqual(hw.bufferDecision(inputs.bufferDecision).value, { buffer_closes_at_ms: 432000000, decision: 'buffer' });
  assert.equal(hw.recordHealthEvent(inputs.recordHealthEvent).value.deactivated_now, true);
  assert.equal(hw.sha256(inputs.sha256).value.hex, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(hw.hmacSha256(inputs.hmacSha256).value.hex, '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
});

test('malformed JSON text, unknown functions and unwritable input come back as errors', () => {
  assert.deepEqual(JSON.parse(hw.callText('validate.url', '{"url":')),
    { ok: false, errors: [{ field: '', code: 'invalid_json', message: 'input is not valid JSON' }] });
  const unknown = hw.call('no.such_function', {});
  assert.equal(unknown.ok, false);
  assert.equal(unknown.errors[0].code, 'unknown_function');
  assert.equal(unknown.errors[0].field, 'fn');
  const cyclic = {};
  cyclic.self = cyclic;
  assert.equal(hw.call('validate.url', cyclic).errors[0].code, 'invalid_input');
  assert.equal(hw.call('validate.url', { n: 1n }).errors[0].code, 'invalid_input');
});

test('every facade function answers wrong-shaped input with errors, never a throw', () => {
  for (const fn of hw.functions()) {
    for (const input of [null, [], 42, 'text', { url: 7, secrets: 'x', events: {}, body: [] }]) {
      const out = hw.call(fn, input);
      assert.equal(typeof out.ok, 'boolean', `${fn} ${JSON.stringify(input)}`);
      if (!out.ok) {
        assert.ok(out.errors.length > 0);
        for (const e of out.errors) assert.deepEqual(Object.keys(e).sort(), ['code', 'field', 'message']);
      }
    }
  }
});
