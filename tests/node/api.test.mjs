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

test('every camelCase function names a facade function of the core', () => {
  const core = new Set(hw.functions());
  for (const [name, fn] of Object.entries(FUNCTION_NAMES)) {
    assert.equal(typeof hw[name], 'function', name);
    assert.ok(core.has(fn), `${name} -> ${fn} is not in the core`);
  }
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
