// The playground served by the real runner: the operation form with live validation, the curl
// sample run by bash against that runner, the Run button, and the console's reactivation click.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launchBrowser, openPlayground } from './support/browser.mjs';
import { startRunner, listFrom } from './support/runner.mjs';
import { screenshotPath } from './support/paths.mjs';

let runner;
let browser;
let page;

const hooksOnRunner = async () => listFrom((await runner.api('GET', '/webhooks')).json, 'webhooks', 'items', 'data');
const hookId = (hook) => hook.id ?? hook.webhook_id;

before(async () => {
  runner = await startRunner();
  browser = await launchBrowser();
  page = browser.page;
  // The API key is typed by the user, never put in a URL; the account is shareable state.
  const times = await openPlayground(page, `${runner.origin}/?account=${runner.account}`);
  console.log(`# runner: first render ${Math.round(times.firstRenderMs)} ms, ready ${Math.round(times.readyMs)} ms after navigation start (wall ${times.wallMs} ms)`);
  await page.fill('#api-key', runner.apiKey);
});

after(async () => {
  await browser?.close();
  await runner?.stop();
});

test('CreateWebHook: a bad URL is shown at its field; the fixed form gives a curl sample that creates the hook', async () => {
  assert.match(await page.textContent('#runner-note'), /Served by a Hookwork runner/);
  await page.selectOption('#operation-picker', 'CreateWebHook');
  await page.fill('#param-app', 'playground-test');
  await page.fill('#param-event', 'optin_finalized');
  await page.fill('#param-url', 'htp:/not a url');
  // The empty form already shows "required" at the URL; wait for the error about the typed text.
  await page.waitForFunction(() => document.getElementById('param-url-error').textContent.includes('(invalid_url)'));
  assert.equal(await page.getAttribute('#param-url', 'aria-invalid'), 'true');
  assert.match(await page.textContent('#param-url-error'), /\(invalid_url\)/);
  await page.locator('#panel-operation').screenshot({ path: screenshotPath('operation-form-error') });

  await page.fill('#param-url', 'https://receiver.example.com/hooks?list=42');
  await page.waitForSelector('#operation-form[data-valid=true]');
  assert.equal(await page.textContent('#param-url-error'), '');
  await page.click('#tab-curl');
  await page.waitForFunction((key) => {
    const code = document.getElementById('sample-code');
    return code.dataset.target === 'curl' && code.dataset.state === 'ok' && code.textContent.includes(key)
      && code.textContent.includes('receiver.example.com');
  }, runner.apiKey);
  const curl = await page.textContent('#sample-code');
  assert.match(curl, new RegExp(runner.origin.replace(/[.:/]/g, '\\$&')));
  await page.locator('#panel-samples').screenshot({ path: screenshotPath('sample-code-curl') });

  const before = await hooksOnRunner();
  execFileSync('bash', ['-c', curl], { encoding: 'utf8', timeout: 10000 });
  const after = await hooksOnRunner();
  assert.equal(after.length, before.length + 1);
  const created = after.find((h) => h.app === 'playground-test');
  assert.ok(created, 'the hook the curl sample created is listed');
  assert.equal(created.url, 'https://receiver.example.com/hooks?list=42');
  assert.equal(created.event, 'optin_finalized');
});

test('Run performs the real call on the runner and shows status, headers and body', async () => {
  await page.selectOption('#operation-picker', 'GetWebHooks');
  await page.fill('#param-app', 'playground-test');
  await page.click('#run-call');
  await page.waitForSelector('#run-status[data-status]');
  assert.equal(await page.getAttribute('#run-status', 'data-status'), '200');
  assert.match(await page.textContent('#run-body'), /playground-test/);
  assert.ok(await page.locator('#run-result [data-header=content-type]').count() === 1);
  await page.locator('#panel-samples').screenshot({ path: screenshotPath('run-result') });
});

test('console: a click on Reactivate reactivates a deactivated hook on the runner', async () => {
  const made = await runner.api('POST', '/webhooks', { app: 'console-test', event: 'optout_finalized', url: 'https://receiver.example.com/out' });
  assert.equal(made.status, 201, made.text);
  const id = hookId(made.json);
  const off = await runner.api('POST', `/webhooks/${id}/deactivate`);
  assert.ok(off.status < 300, off.text);
  assert.equal((await runner.api('GET', `/webhooks/${id}`)).json.active, false);

  await page.click('#console-refresh');
  const button = page.locator(`#console-hooks button.reactivate[data-hook="${id}"]`);
  await button.waitFor();
  await page.locator('#panel-console').screenshot({ path: screenshotPath('console-deactivated') });
  await button.click();
  await page.waitForSelector(`#console-hook-table tr[data-hook="${id}"][data-active=true]`);
  assert.equal((await runner.api('GET', `/webhooks/${id}`)).json.active, true);
  await page.locator('#panel-console').screenshot({ path: screenshotPath('console-reactivated') });
  assert.deepEqual(browser.problems.filter((p) => !p.startsWith('HTTP ')), []);
});
