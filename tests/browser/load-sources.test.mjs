// The browser module's WASM sources other than its own URL: a page that started the download early
// (a preload claimed by fetch(), or compileStreaming at the top of its entry module) hands over a
// Response, a compiled module or the bytes — each a value or a promise — and gets the same core.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { openBrowserPage } from '../support/browser.mjs';
import { nativeFunctions } from '../support/native.mjs';

let browser;
before(async () => { browser = await openBrowserPage(); });
after(async () => { await browser?.close(); });

test('wasmResponse, wasmModule and wasmBinary (values or promises) load the same core', async () => {
  const got = await browser.page.evaluate(async () => {
    const { load } = await import('/web/hookwork.js');
    const url = '/web/dist/hookwork.wasm';
    const check = async (hw) => ({
      functions: hw.functions(),
      version: hw.version,
      url: hw.validateUrl({ url: 'https://example.com/hook' }).ok,
    });
    const bytes = await (await fetch(url)).arrayBuffer();
    const compiled = await WebAssembly.compile(bytes);
    return {
      responsePromise: await check(await load({ wasmResponse: fetch(url) })),
      response: await check(await load({ wasmResponse: await fetch(url) })),
      modulePromise: await check(await load({ wasmModule: WebAssembly.compileStreaming(fetch(url)) })),
      module: await check(await load({ wasmModule: compiled })),
      binaryPromise: await check(await load({ wasmBinary: Promise.resolve(bytes) })),
      binaryView: await check(await load({ wasmBinary: new Uint8Array(bytes) })),
      // Served as something else than application/wasm: compiled from the bytes instead of streamed.
      octetStream: await check(await load({
        wasmResponse: new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }) })),
    };
  });
  const functions = nativeFunctions();
  for (const [source, r] of Object.entries(got)) {
    assert.deepEqual(r.functions, functions, source);
    assert.match(r.version, /^\d+\.\d+\.\d+$/, source);
    assert.equal(r.url, true, source);
  }
});

test('a source that fails rejects load() with the reason', async () => {
  const got = await browser.page.evaluate(async () => {
    const { load } = await import('/web/hookwork.js');
    const reason = (p) => p.then(() => 'loaded', (e) => String(e && e.message || e));
    return {
      notFound: await reason(load({ wasmResponse: fetch('/web/dist/no-such.wasm') })),
      rejected: await reason(load({ wasmResponse: Promise.reject(new Error('offline')) })),
      notWasm: await reason(load({ wasmBinary: new TextEncoder().encode('not wasm') })),
      wrongType: await reason(load({ wasmModule: 42 })),
      several: await reason(load({ wasmUrl: '/web/dist/hookwork.wasm', wasmBinary: new Uint8Array(8) })),
    };
  });
  assert.match(got.notFound, /no-such\.wasm: HTTP 404/);
  assert.equal(got.rejected, 'offline');
  assert.notEqual(got.notWasm, 'loaded');
  assert.match(got.wrongType, /not a WebAssembly\.Module/);
  assert.match(got.several, /one of wasmUrl, wasmBinary/);
});
