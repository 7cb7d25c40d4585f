// Issue 8: the URL is a shareable link, so no secret typed into the page may reach it — not in the
// final address, not in any address the page wrote while the user was typing (every
// history.replaceState is recorded) — while the non-secret fields of the same form stay shareable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPlayground } from './support/browser.mjs';
import { startStaticServer } from './support/static-server.mjs';
import { PLAYGROUND_DIR, screenshotPath } from './support/paths.mjs';

const PASSWORD = 'pw-Hunter2-secret';
const ENCRYPTION_KEY = 'rc4-K3y-secret';
const HEADER_TOKEN = 'Bearer tok-9f8e-secret';
const URL_PASSWORD = 'url-pw-secret';
const URL_TOKEN = 'qs-tok-secret';
const SECRETS = [PASSWORD, ENCRYPTION_KEY, HEADER_TOKEN, 'tok-9f8e', URL_PASSWORD, URL_TOKEN];

let server;
let browser;
let page;

// Every form of a value a URL may hold it in.
const spellings = (s) => [s, encodeURIComponent(s), new URLSearchParams({ x: s }).toString().slice(2)];
const leaks = (url) => SECRETS.filter((s) => spellings(s).some((form) => url.includes(form)));

before(async () => {
  server = await startStaticServer(PLAYGROUND_DIR);
  browser = await launchBrowser();
  page = browser.page;
  await page.addInitScript(() => {
    window.__urls = [];
    const replace = history.replaceState.bind(history);
    history.replaceState = (state, title, url) => { window.__urls.push(String(url)); return replace(state, title, url); };
  });
  await openPlayground(page, `${server.origin}/`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('createWebhook: typed password, encryption key, auth header and URL credentials never reach the URL', async () => {
  await page.selectOption('#operation-picker', 'createWebhook');
  await page.fill('#param-app', 'share-test');
  await page.fill('#param-event', 'optin_finalized');
  // Credentials in the hook URL are refused by the core (use basic_auth) — and kept out of the link.
  await page.locator('#param-url').pressSequentially(`https://ada:${URL_PASSWORD}@receiver.example.com/hooks`);
  await page.waitForFunction(() => document.getElementById('param-url-error').textContent.includes('(invalid_url)'));
  await page.fill('#param-url', '');
  await page.locator('#param-url').pressSequentially(`https://receiver.example.com/hooks?list=42&token=${URL_TOKEN}`);
  await page.locator('#param-basic_auth').pressSequentially(`{"username":"ada","password":"${PASSWORD}"}`);
  await page.locator('#param-encryption_key').pressSequentially(ENCRYPTION_KEY);
  await page.fill('#param-headers', `[{"name":"X-Api-Key","value":"${HEADER_TOKEN}"},{"name":"X-Team","value":"blue"}]`);
  await page.fill('#base-url', '');
  await page.locator('#base-url').pressSequentially(`http://ops:${URL_PASSWORD}@127.0.0.1:8080`);
  await page.locator('#api-key').pressSequentially('key-for-the-samples');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('p.headers')?.includes('X-Team')
    && new URL(location.href).searchParams.get('base_url')?.startsWith('http://ops@'));

  const url = page.url();
  assert.deepEqual(leaks(url), [], `secrets in ${url}`);
  assert.doesNotMatch(url, /key-for-the-samples/);
  const written = await page.evaluate(() => window.__urls);
  assert.ok(written.length > 10, 'the page wrote the URL as the fields were typed');
  assert.deepEqual(written.filter((u) => leaks(u).length || u.includes('key-for-the-samples')), [],
    'no intermediate URL held a secret');

  // The non-secret fields are still in the link, as typed or with only their secrets blanked.
  const q = new URL(url).searchParams;
  assert.equal(q.get('op'), 'createWebhook');
  assert.equal(q.get('p.app'), 'share-test');
  assert.equal(q.get('p.event'), 'optin_finalized');
  assert.equal(q.get('p.url'), 'https://receiver.example.com/hooks?list=42&token=');
  assert.deepEqual(JSON.parse(q.get('p.basic_auth')), { username: 'ada', password: '' });
  assert.deepEqual(JSON.parse(q.get('p.headers')), [{ name: 'X-Api-Key', value: '' }, { name: 'X-Team', value: 'blue' }]);
  assert.equal(q.get('p.encryption_key'), null);
  assert.equal(q.get('base_url'), 'http://ops@127.0.0.1:8080');
  assert.equal(q.get('api_key'), null);

  // Only the link is redacted: the page itself works with what was typed.
  await page.waitForSelector('#operation-form[data-valid=true]');
  await page.waitForFunction((key) => document.getElementById('sample-code').textContent.includes(key), ENCRYPTION_KEY);
  await page.waitForSelector('#preview-output[data-state=ok] #preview-plaintext');
  await page.locator('#panel-operation').screenshot({ path: screenshotPath('url-secrets-form') });
  assert.deepEqual(browser.problems, []);
});

test('the shared link restores the non-secret fields and leaves the secrets to fill in', async () => {
  const second = await browser.context.newPage();
  try {
    await openPlayground(second, page.url());
    assert.equal(await second.inputValue('#operation-picker'), 'createWebhook');
    assert.equal(await second.inputValue('#param-app'), 'share-test');
    assert.equal(await second.inputValue('#param-event'), 'optin_finalized');
    assert.equal(await second.inputValue('#param-url'), 'https://receiver.example.com/hooks?list=42&token=');
    assert.equal(await second.inputValue('#base-url'), 'http://ops@127.0.0.1:8080');
    assert.equal(await second.inputValue('#param-encryption_key'), '');
    assert.deepEqual(JSON.parse(await second.inputValue('#param-basic_auth')), { username: 'ada', password: '' });
    assert.deepEqual(leaks(second.url()), []);
  } finally {
    await second.close();
  }
});

test('a link that carries secrets (an old one) does not fill them in, and they are dropped from the URL', async () => {
  const second = await browser.context.newPage();
  try {
    const link = `${server.origin}/?op=createWebhook&p.app=old-link&p.encryption_key=${encodeURIComponent(ENCRYPTION_KEY)}`
      + `&p.basic_auth=${encodeURIComponent(JSON.stringify({ username: 'ada', password: PASSWORD }))}&api_key=k-secret`;
    await openPlayground(second, link);
    assert.equal(await second.inputValue('#param-app'), 'old-link');
    assert.equal(await second.inputValue('#param-encryption_key'), '');
    assert.deepEqual(JSON.parse(await second.inputValue('#param-basic_auth')), { username: 'ada', password: '' });
    assert.equal(await second.inputValue('#api-key'), '');
    assert.deepEqual(leaks(second.url()), []);
    assert.doesNotMatch(second.url(), /k-secret/);
  } finally {
    await second.close();
  }
});
