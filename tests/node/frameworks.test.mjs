// verifyWebhook inside real Express and Fastify servers on 127.0.0.1 (port 0): the helper
// depends on neither, it needs the raw body — express.raw() in Express, a content-type
// parser that keeps the Buffer in Fastify. Requests are signed by the reference libraries
// (standardwebhooks, @octokit/webhooks-methods, stripe); a tampered body must be refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { sign as githubSign } from '@octokit/webhooks-methods';
import express from 'express';
import Fastify from 'fastify';
import { Webhook } from 'standardwebhooks';
import Stripe from 'stripe';

import { load } from '../../node/index.js';

const hw = await load();
const SECRETS = {
  v1: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  github: 'github shared secret',
  stripe: 'whsec_stripe_endpoint_secret',
};
const stripe = new Stripe('sk_test_hookwork_offline');
const body = JSON.stringify({ type: 'optin_finalized', data: { email: 'zoë@example.com', list: 3, note: '"✓"' } });

// The answer every receiver gives: 204 when valid, else 400 with the helper's result.
function answer(scheme, headers, rawBody) {
  const out = hw.verifyWebhook({ scheme, secrets: SECRETS[scheme], headers, body: rawBody });
  return out.ok && out.value.valid ? { status: 204 } : { status: 400, json: out };
}

// Signed requests for each scheme, made by the scheme's reference library.
async function signedHeaders(scheme, payload) {
  const now = Math.floor(Date.now() / 1000);
  if (scheme === 'v1') {
    return { 'webhook-id': 'msg_framework', 'webhook-timestamp': String(now),
      'webhook-signature': new Webhook(SECRETS.v1).sign('msg_framework', new Date(now * 1000), payload) };
  }
  if (scheme === 'github') return { 'x-hub-signature-256': await githubSign(SECRETS.github, payload) };
  return { 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload, secret: SECRETS.stripe, timestamp: now }) };
}

const servers = {
  async express() {
    const app = express();
    // express.raw keeps the bytes as sent; any content type, as senders label bodies differently.
    app.post('/hooks/:scheme', express.raw({ type: () => true, limit: '1mb' }), (req, res) => {
      const { status, json } = answer(req.params.scheme, req.headers, req.body);
      if (json) res.status(status).json(json);
      else res.status(status).end();
    });
    // The mistake the helper must catch: a JSON parser ran first, the raw bytes are gone.
    app.post('/parsed/:scheme', express.json(), (req, res) => {
      const { status, json } = answer(req.params.scheme, req.headers, req.body);
      res.status(status).json(json ?? {});
    });
    const server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
  },

  async fastify() {
    const app = Fastify();
    await app.register(async (raw) => {
      // In this scope every body stays a Buffer: Fastify's JSON parser would hand out an object.
      raw.removeAllContentTypeParsers();
      raw.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 1024 * 1024 }, (req, buf, done) => done(null, buf));
      raw.post('/hooks/:scheme', async (req, reply) => {
        const { status, json } = answer(req.params.scheme, req.headers, req.body);
        return json ? reply.code(status).send(json) : reply.code(status).send();
      });
    });
    // Fastify's default JSON parser: the parsed object is refused as not raw.
    app.post('/parsed/:scheme', async (req, reply) => {
      const { status, json } = answer(req.params.scheme, req.headers, req.body);
      return reply.code(status).send(json ?? {});
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    return { url: `http://127.0.0.1:${app.server.address().port}`, close: () => app.close() };
  },
};

for (const [framework, start] of Object.entries(servers)) {
  describe(`verifyWebhook inside ${framework}`, () => {
    let server;
    before(async () => { server = await start(); });
    after(() => server.close());

    const post = (path, headers, payload) => fetch(`${server.url}${path}`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload });

    for (const scheme of ['v1', 'github', 'stripe']) {
      test(`accepts a ${scheme} request signed by the reference library and refuses a tampered body`, async () => {
        const headers = await signedHeaders(scheme, body);
        const good = await post(`/hooks/${scheme}`, headers, body);
        assert.equal(good.status, 204, await good.text());
        const tampered = await post(`/hooks/${scheme}`, headers, body.replace('zoë', 'zoe'));
        assert.equal(tampered.status, 400);
        assert.equal((await tampered.json()).value.reason, 'no_match');
        const unsigned = await post(`/hooks/${scheme}`, {}, body);
        assert.equal((await unsigned.json()).value.reason, 'missing_header');
      });
    }

    test('a body that is not JSON (text/plain, UTF-8) verifies the same way', async () => {
      const payload = 'plain text ✓ with "quotes"\nand a newline';
      const headers = { ...(await signedHeaders('v1', payload)), 'content-type': 'text/plain; charset=utf-8' };
      const res = await fetch(`${server.url}/hooks/v1`, { method: 'POST', headers, body: payload });
      assert.equal(res.status, 204, await res.text());
    });

    test('a route whose framework parsed the JSON body gets not_raw, never a false "valid"', async () => {
      const res = await post('/parsed/v1', await signedHeaders('v1', body), body);
      assert.equal(res.status, 400);
      assert.deepEqual((await res.json()).errors.map((e) => [e.field, e.code]), [['body', 'not_raw']]);
    });
  });
}
