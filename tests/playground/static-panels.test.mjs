// The playground from a plain static server (no runner): every panel that runs on the core alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Webhook } from 'standardwebhooks';
import { launchBrowser, openPlayground } from './support/browser.mjs';
import { startStaticServer } from './support/static-server.mjs';
import { PLAYGROUND_DIR, ROOT, screenshotPath } from './support/paths.mjs';

let server;
let browser;
let page;

before(async () => {
  server = await startStaticServer(PLAYGROUND_DIR);
  browser = await launchBrowser();
  page = browser.page;
  const times = await openPlayground(page, `${server.origin}/`);
  console.log(`# static host: first render ${Math.round(times.firstRenderMs)} ms, ready ${Math.round(times.readyMs)} ms after navigation start (wall ${times.wallMs} ms)`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('page starts with the core loaded and no script errors', async () => {
  const status = await page.textContent('#status');
  assert.match(status, /Core loaded: [1-9]\d* operations, [1-9]\d* event types/);
  assert.ok(await page.locator('#operation-picker option').count() > 5);
  assert.deepEqual(browser.problems, []);
  await page.screenshot({ path: screenshotPath('full-page-light'), fullPage: true });
});

test('the assembled page preloads its whole module graph and the .wasm, each fetched once', async () => {
  const got = await page.evaluate(() => {
    const paths = (urls) => urls.map((u) => new URL(u, location.href).pathname);
    const resources = performance.getEntriesByType('resource');
    return {
      preloaded: paths([...document.querySelectorAll('link[rel=modulepreload]')].map((l) => l.href)),
      wasmPreload: paths([...document.querySelectorAll('link[rel=preload][as=fetch]')].map((l) => l.href)),
      modules: paths(resources.filter((r) => /\.m?js$/.test(new URL(r.name).pathname)).map((r) => r.name)),
      wasm: paths(resources.filter((r) => new URL(r.name).pathname.endsWith('.wasm')).map((r) => r.name)),
    };
  });
  assert.deepEqual(got.wasmPreload, ['/web/dist/hookwork.wasm']);
  assert.deepEqual(got.wasm, ['/web/dist/hookwork.wasm'], 'the preloaded .wasm is the one the core uses, not a second download');
  assert.equal(new Set(got.modules).size, got.modules.length, 'no module fetched twice');
  assert.deepEqual([...got.modules].sort(), [...got.preloaded].sort(), 'every module the page runs is preloaded, and only those');
});

test('the source page, from a static server of the repo root, works without the build\'s preloads', async () => {
  const root = await startStaticServer(ROOT);
  const other = await launchBrowser();
  try {
    await openPlayground(other.page, `${root.origin}/playground/index.html`);
    assert.match(await other.page.textContent('#status'), /Core loaded/);
    assert.equal(await other.page.locator('link[rel=modulepreload], link[rel=preload]').count(), 0);
    await other.page.waitForSelector('#preview-output[data-state=ok] [data-header=webhook-signature]');
    // core.js tries the assembled layout's ./web/ first: that one 404 is expected here.
    assert.deepEqual(other.problems.filter((p) => !p.endsWith('/playground/web/hookwork.js')), []);
  } finally {
    await other.close();
    await root.close();
  }
});

test('delivery preview: the v1 signature verifies with the standardwebhooks package', async () => {
  await page.selectOption('#preview-event', { index: 0 });
  await page.waitForSelector('#preview-output[data-state=ok] [data-header=webhook-signature]');
  const secret = await page.inputValue('#preview-secret');
  assert.match(secret, /^whsec_/);
  const got = await page.evaluate(() => {
    const out = document.getElementById('preview-output');
    const header = (name) => out.querySelector(`[data-header="${name}"] .header-value`).textContent;
    return {
      body: out.dataset.body,
      headers: { 'webhook-id': header('webhook-id'), 'webhook-timestamp': header('webhook-timestamp'),
        'webhook-signature': header('webhook-signature') },
      method: out.dataset.method,
      shown: document.getElementById('preview-body').textContent,
    };
  });
  assert.equal(got.method, 'POST');
  assert.equal(got.shown, got.body);
  const envelope = new Webhook(secret).verify(got.body, got.headers);
  assert.equal(typeof envelope, 'object');
  assert.throws(() => new Webhook(secret).verify(`${got.body} `, got.headers));
  await page.locator('#panel-preview').screenshot({ path: screenshotPath('delivery-preview') });
});

test('delivery preview: a new secret re-signs the same message', async () => {
  const before = await page.inputValue('#preview-secret');
  const sig = () => page.textContent('#preview-output [data-header=webhook-signature] .header-value');
  const oldSig = await sig();
  await page.click('#preview-generate');
  await page.waitForFunction((s) => document.getElementById('preview-secret').value !== s, before);
  await page.waitForFunction((old) => {
    const el = document.querySelector('#preview-output [data-header=webhook-signature] .header-value');
    return el && el.textContent !== old;
  }, oldSig);
  assert.notEqual(await sig(), oldSig);
});

test('retry timeline: the mailup preset shows 6 attempts', async () => {
  await page.selectOption('#timeline-preset', 'mailup');
  await page.waitForSelector('#timeline-chart[data-attempts="6"]');
  assert.equal(await page.locator('#timeline-chart circle.attempt').count(), 6);
  assert.match(await page.textContent('#timeline-summary'), /^6 attempts over 25 min/);
  assert.match(new URL(page.url()).search, /preset=mailup/);
  await page.locator('#panel-timeline').screenshot({ path: screenshotPath('retry-timeline') });
});

test('retry timeline: svix shows a jitter band per retry', async () => {
  await page.selectOption('#timeline-preset', 'svix');
  await page.waitForSelector('#timeline-chart[data-attempts="8"]');
  assert.ok(await page.locator('#timeline-chart rect.band').count() >= 7);
  assert.equal(await page.locator('#timeline-chart rect.buffer').count(), 1);
  await page.locator('#panel-timeline').screenshot({ path: screenshotPath('retry-timeline-svix') });
});

test('retry timeline: a malformed policy shows the core errors', async () => {
  await page.fill('#timeline-policy', '{"type":"fixed","interval_ms":-5}');
  await page.waitForFunction(() => document.getElementById('timeline-errors').textContent.includes('interval_ms'));
  await page.selectOption('#timeline-preset', 'mailup');
  await page.waitForSelector('#timeline-chart[data-attempts="6"]');
});

test('signature checker: accepts a valid signature and rejects a tampered body', async () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const body = '{"type":"optin_finalized","data":{"email":"ada@example.com"}}';
  const id = 'msg_checker_1';
  const now = new Date();
  const signature = new Webhook(secret).sign(id, now, body);
  const ts = Math.floor(now.getTime() / 1000);
  await page.selectOption('#checker-scheme', 'v1');
  await page.fill('#checker-headers', `webhook-id: ${id}\nwebhook-timestamp: ${ts}\nwebhook-signature: ${signature}`);
  await page.fill('#checker-secrets', secret);
  await page.fill('#checker-body', body);
  await page.waitForSelector('#checker-result[data-valid=true]');
  assert.match(await page.textContent('#checker-result'), /Valid/);
  await page.locator('#panel-checker').screenshot({ path: screenshotPath('signature-checker-valid') });

  await page.fill('#checker-body', body.replace('ada', 'eve'));
  await page.waitForSelector('#checker-result[data-valid=false]');
  const reason = await page.getAttribute('#checker-result', 'data-reason');
  assert.equal(reason, 'no_match');
  await page.locator('#panel-checker').screenshot({ path: screenshotPath('signature-checker-tampered') });
});

test('state in the URL: a shared link restores operation, preset and sample target', async () => {
  const link = page.url();
  const second = await browser.context.newPage();
  await openPlayground(second, link);
  assert.equal(await second.inputValue('#operation-picker'), await page.inputValue('#operation-picker'));
  assert.equal(await second.inputValue('#timeline-preset'), await page.inputValue('#timeline-preset'));
  await second.close();
});

test('every control has a label', async () => {
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea, button')]
    .filter((el) => el.type !== 'hidden' && !el.labels?.length && !el.getAttribute('aria-label') && !el.textContent.trim())
    .map((el) => el.id || el.outerHTML.slice(0, 60)));
  assert.deepEqual(unlabelled, []);
});

test('usable at 375 px wide and readable in dark mode', async () => {
  const narrow = await launchBrowser({ colorScheme: 'dark', width: 375, height: 800 });
  try {
    await openPlayground(narrow.page, `${server.origin}/?op=CreateWebHook&preset=svix`);
    const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the 375px viewport`);
    const bg = await narrow.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(21, 23, 27)');
    await narrow.page.screenshot({ path: screenshotPath('narrow-dark'), fullPage: true });
    assert.deepEqual(narrow.problems, []);
  } finally {
    await narrow.close();
  }
});
