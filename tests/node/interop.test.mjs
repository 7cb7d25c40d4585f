// Interop with the reference libraries, both ways: they verify what the core signs (through
// the Node package) and the core verifies what they sign. Each test fails if a signature,
// its encoding, the signed text or the header format is wrong; tampered bodies must fail.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { sign as githubSign, verify as githubVerify } from '@octokit/webhooks-methods';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import Stripe from 'stripe';
import { Webhook as SvixWebhook } from 'svix';

import { load } from '../../node/index.js';

const hw = await load();

// Published Standard Webhooks case (shared/ANCHORS.md).
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const now = () => Math.floor(Date.now() / 1000);
const body = JSON.stringify({ type: 'optin_finalized', data: { email: 'ada@example.com', note: 'héllo ✓ "quoted"' } });

// sign.sign answers a list of headers: as one lower-cased object for the libraries.
function signedHeaders(input) {
  const out = hw.sign(input);
  assert.equal(out.ok, true, JSON.stringify(out));
  const headers = {};
  for (const h of out.value.headers ?? out.value) headers[h.name.toLowerCase()] = h.value;
  return headers;
}

test('published Standard Webhooks case signs to the published signature', () => {
  const headers = signedHeaders({ scheme: 'v1', secrets: [SECRET], id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
    timestamp: 1614265330, body: '{"test": 2432232314}' });
  assert.equal(headers['webhook-signature'], 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  assert.equal(headers['webhook-id'], 'msg_p5jXN8AQM9LWM0D4loKWxJek');
  assert.equal(headers['webhook-timestamp'], '1614265330');
});

for (const [library, Webhook] of [['standardwebhooks', StandardWebhook], ['svix', SvixWebhook]]) {
  test(`${library} verifies Hookwork v1 signatures, including after a secret rotation`, () => {
    const ts = now();
    const old = 'whsec_' + Buffer.from('an older secret of 32 bytes!!!!!').toString('base64');
    const headers = signedHeaders({ scheme: 'v1', secrets: [SECRET, old], id: 'msg_interop_1', timestamp: ts, body });
    assert.equal(headers['webhook-signature'].split(' ').length, 2);
    assert.deepEqual(new Webhook(SECRET).verify(body, headers), JSON.parse(body));
    assert.deepEqual(new Webhook(old).verify(body, headers), JSON.parse(body));
    assert.throws(() => new Webhook(SECRET).verify(body.replace('ada', 'eve'), headers));
  });

  test(`Hookwork verifies ${library} v1 signatures and refuses tampering, stale times and wrong secrets`, () => {
    const ts = now();
    const theirs = new Webhook(SECRET);
    const headers = { 'webhook-id': 'msg_interop_2', 'webhook-timestamp': String(ts),
      'webhook-signature': theirs.sign('msg_interop_2', new Date(ts * 1000), body) };
    const verify = (over) => hw.verifyWebhook({ scheme: 'v1', secrets: SECRET, headers, body, now: ts, ...over });
    assert.equal(verify({}).value.valid, true);
    assert.equal(verify({ body: Buffer.from(body) }).value.valid, true);
    assert.equal(verify({ body: body + ' ' }).value.valid, false);
    assert.equal(verify({ now: ts + 3600 }).value.valid, false);
    assert.equal(verify({ secrets: 'whsec_' + Buffer.alloc(24, 7).toString('base64') }).value.valid, false);
  });
}

test('@octokit/webhooks-methods verifies Hookwork GitHub signatures and Hookwork verifies theirs', async () => {
  const secret = 'It\'s a Secret to Everybody';
  const headers = signedHeaders({ scheme: 'github', secrets: [secret], body });
  const signature = headers['x-hub-signature-256'];
  assert.match(signature, /^sha256=[0-9a-f]{64}$/);
  assert.equal(await githubVerify(secret, body, signature), true);
  assert.equal(await githubVerify(secret, body + 'x', signature), false);

  const theirs = await githubSign(secret, body);
  const verify = (b, sig) => hw.verifyWebhook({ scheme: 'github', secrets: [secret], body: b,
    headers: { 'X-Hub-Signature-256': sig }, now: now() });
  assert.equal(verify(body, theirs).value.valid, true);
  assert.equal(verify(body + 'x', theirs).value.valid, false);
  assert.equal(verify(body, await githubSign('another secret', body)).value.valid, false);
});

test('stripe constructEvent accepts Hookwork Stripe signatures and Hookwork verifies generateTestHeaderString', () => {
  const stripe = new Stripe('sk_test_hookwork_offline');
  const secret = 'whsec_test_hookwork_stripe_secret';
  const ts = now();
  const headers = signedHeaders({ scheme: 'stripe', secrets: [secret], timestamp: ts, body });
  const header = headers['stripe-signature'];
  assert.match(header, new RegExp(`^t=${ts},v1=[0-9a-f]{64}$`));
  assert.deepEqual(stripe.webhooks.constructEvent(body, header, secret, 300, undefined, ts), JSON.parse(body));
  assert.throws(() => stripe.webhooks.constructEvent(body + ' ', header, secret, 300, undefined, ts));

  const theirs = stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp: ts });
  const verify = (over) => hw.verifyWebhook({ scheme: 'stripe', secrets: [secret], body,
    headers: { 'stripe-signature': theirs }, now: ts, ...over });
  assert.equal(verify({}).value.valid, true);
  assert.equal(verify({ body: body.slice(1) }).value.valid, false);
  assert.equal(verify({ now: ts + 301 }).value.valid, false);
});
