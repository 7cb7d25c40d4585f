// Every conformance vector through the WASM build in Node (the published package's loader)
// must give the native output text, byte for byte.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { load } from '../../node/index.js';
import { compareWithNative, nativeFunctions, nativeVectorOutputs, readVectorFiles } from '../support/native.mjs';
import { vectorCases } from '../support/vectors.mjs';

const hw = await load();

test('the WASM core registers the same facade functions as native', () => {
  assert.deepEqual(hw.functions(), nativeFunctions());
});

test('every vector file gives the native output text in Node', () => {
  const cases = readVectorFiles().flatMap(({ file, text }) => vectorCases(file, text));
  assert.ok(cases.length > 0, 'tests/vectors holds no case');
  const hosted = cases.map((c) => ({ file: c.file, name: c.name, output: hw.callText(c.fn, c.inputText) }));
  assert.deepEqual(compareWithNative(nativeVectorOutputs(), hosted), []);
});

test('the raw-body path (call) and the typed fast path (sign, verify) of the wrapper answer like native', () => {
  const native = new Map(nativeVectorOutputs().map((c) => [`${c.file}\n${c.name}`, c.output]));
  const camel = { 'sign.sign': 'sign', 'sign.verify': 'verify' };
  let checked = 0;
  for (const c of readVectorFiles().flatMap(({ file, text }) => vectorCases(file, text))) {
    const field = { 'sign.sign': 'body', 'sign.verify': 'body', 'sign.encrypt_legacy': 'data',
      'sign.decrypt_legacy': 'data' }[c.fn];
    const input = JSON.parse(c.inputText);
    if (field === undefined || typeof input?.[field] !== 'string') continue;
    const expected = JSON.parse(native.get(`${c.file}\n${c.name}`));
    assert.deepEqual(hw.call(c.fn, input), expected, `${c.file} / ${c.name}`);
    if (camel[c.fn]) assert.deepEqual(hw[camel[c.fn]](input), expected, `${c.file} / ${c.name} (fast path)`);
    checked++;
  }
  assert.ok(checked > 0, 'no vector exercises the raw-body path');
});
