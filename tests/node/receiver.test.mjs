// verifyWebhook as a receiver uses it: a real node:http server on 127.0.0.1 (port 0) gets
// requests signed by the reference libraries and verifies them from the raw body and headers.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';

import { sign as githubSign } from '@octokit/webhooks-methods';
import { Webhook } from 'standardwebhooks';

import { load, readRawBody } from '../../node/index.js';

const hw = await load();
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const GITHUB_SECRET = 'github shared secret';

let server;
let url;
before(async () => {
  server = createServer(async (req, res) => {
    const scheme = req.url.slice(1);
    let body;
    try {
      body = await readRawBody(req, { maxBytes: 4096 });
    } catch (e) {
      res.writeHead(413).end(e.code);
      return;
    }
    const secrets = scheme === 'github' ? GITHUB_SECRET : [SECRET];
    const out = hw.verifyWebhook({ scheme, secrets, headers: req.headers, body });
    res.writeHead(out.ok && out.value.valid ? 204 : 400, { 'content-type': 'application/json' });
    res.end(out.ok && out.value.valid ? undefined : JSON.stringify(out));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((resolve) => server.close(resolve)));

const body = JSON.stringify({ type: 'optout_finalized', data: { email: 'zoë@example.com' } });

test('a node:http receiver accepts a Standard Webhooks request and refuses a tampered one', async () => {
  const ts = Math.floor(Date.now() / 1000);
  const headers = { 'content-type': 'application/json', 'webhook-id': 'msg_receiver', 'webhook-timestamp': String(ts),
    'webhook-signature': new Webhook(SECRET).sign('msg_receiver', new Date(ts * 1000), body) };
  assert.equal((await fetch(`${url}/v1`, { method: 'POST', headers, body })).status, 204);
  const tampered = await fetch(`${url}/v1`, { method: 'POST', headers, body: body.replace('zoë', 'zoe') });
  assert.equal(tampered.status, 400);
  assert.equal((await tampered.json()).value.reason, 'no_match');
  const unsigned = await fetch(`${url}/v1`, { method: 'POST', body });
  assert.equal((await unsigned.json()).value.reason, 'missing_header');
});

test('a node:http receiver accepts a GitHub-style request', async () => {
  const headers = { 'x-hub-signature-256': await githubSign(GITHUB_SECRET, body) };
  assert.equal((await fetch(`${url}/github`, { method: 'POST', headers, body })).status, 204);
  assert.equal((await fetch(`${url}/github`, { method: 'POST', headers, body: body + '\n' })).status, 400);
});

test('readRawBody refuses bodies above maxBytes', async () => {
  const res = await fetch(`${url}/v1`, { method: 'POST', body: 'x'.repeat(5000) });
  assert.equal(res.status, 413);
  assert.equal(await res.text(), 'body_too_large');
  assert.equal((await fetch(`${url}/v1`, { method: 'POST', body: 'x'.repeat(4096) })).status, 400);
});

test('verifyWebhook takes Fetch Headers, ArrayBuffer bodies, and answers bad bodies with errors', () => {
  const ts = 1700000000;
  const signature = new Webhook(SECRET).sign('msg_h', new Date(ts * 1000), body);
  const headers = new Headers({ 'Webhook-Id': 'msg_h', 'Webhook-Timestamp': String(ts), 'Webhook-Signature': signature });
  const bytes = new TextEncoder().encode(body);
  for (const b of [body, bytes, bytes.buffer, Buffer.from(body)]) {
    assert.deepEqual(hw.verifyWebhook({ scheme: 'v1', secrets: SECRET, headers, body: b, now: ts }),
      { ok: true, value: { valid: true, matched_secret_index: 0 } });
  }
  const notRaw = hw.verifyWebhook({ scheme: 'v1', secrets: SECRET, headers, body: JSON.parse(body), now: ts });
  assert.deepEqual(notRaw.errors.map((e) => [e.field, e.code]), [['body', 'not_raw']]);
  const badUtf8 = hw.verifyWebhook({ scheme: 'v1', secrets: SECRET, headers, body: Buffer.from([0x7b, 0xff, 0x7d]), now: ts });
  assert.deepEqual(badUtf8.errors.map((e) => [e.field, e.code]), [['body', 'invalid_utf8']]);
  const noScheme = hw.verifyWebhook({ secrets: SECRET, headers, body, now: ts });
  assert.equal(noScheme.ok, false);
  assert.ok(noScheme.errors.some((e) => e.field === 'scheme'));
});
