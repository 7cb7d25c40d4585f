// The browser module in Chromium, loaded from a page on 127.0.0.1: every conformance vector
// must give the native output text, byte for byte.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { openBrowserPage } from '../support/browser.mjs';
import { compareWithNative, nativeFunctions, nativeVectorOutputs, readVectorFiles } from '../support/native.mjs';

let browser;
before(async () => { browser = await openBrowserPage(); });
after(async () => { await browser?.close(); });

test('the browser module loads by URL relative to itself and lists the native functions', async () => {
  const functions = await browser.page.evaluate(async () => {
    const { load } = await import('/web/hookwork.js');
    return (await load()).functions();
  });
  assert.deepEqual(functions, nativeFunctions());
});

test('wasmUrl overrides where the .wasm comes from', async () => {
  const outcome = await browser.page.evaluate(async () => {
    const { load } = await import('/web/hookwork.js');
    const missing = await load({ wasmUrl: '/web/dist/no-such.wasm' }).then(() => 'loaded', () => 'failed');
    const explicit = await load({ wasmUrl: new URL('/web/dist/hookwork.wasm', location.href) });
    return { missing, version: explicit.version, shared: explicit === await load() };
  });
  assert.deepEqual(outcome, { missing: 'failed', version: outcome.version, shared: false });
  assert.match(outcome.version, /^\d+\.\d+\.\d+$/);
});

test('every vector file gives the native output text in Chromium', async () => {
  const files = readVectorFiles();
  const hosted = await browser.page.evaluate(async (vectorFiles) => {
    const { load } = await import('/web/hookwork.js');
    const { vectorCases } = await import('/tests/support/vectors.mjs');
    const hw = await load();
    return vectorFiles.flatMap(({ file, text }) => vectorCases(file, text))
      .map((c) => ({ file: c.file, name: c.name, output: hw.callText(c.fn, c.inputText) }));
  }, files);
  assert.ok(hosted.length > 0, 'tests/vectors holds no case');
  assert.deepEqual(compareWithNative(nativeVectorOutputs(), hosted), []);
});
