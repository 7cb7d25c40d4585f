// The page's pure modules under Node (no browser): operation list reading, typed form values, the
// request "Run" sends, schedule reading, header parsing and URL state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeOperation, typedValue, typedValues, bodyFromValues, requestFor } from '../../playground/js/operations.js';
import { normalizeSchedule, formatDuration } from '../../playground/js/schedule.js';
import { parseHeaderLines } from '../../playground/js/panels/checker-panel.js';
import { readUrlState, urlQuery, shareableText, shareableUrl } from '../../playground/js/store.js';

// Shape of one entry of samples.operations (core/src/operations/operations_json.cpp).
const updateOp = normalizeOperation({
  name: 'updateWebhook', summary: 'Update a webhook', method: 'PUT', path: '/v1/{account}/webhooks/{id}', surface: 'rest',
  parameters: [
    { name: 'account', type: 'string', required: true, in: 'path', description: '', example: 'acme' },
    { name: 'id', type: 'string', required: true, in: 'path', description: '', example: 'wh_1' },
    { name: 'url', type: 'string', required: false, in: 'body', description: '', example: 'https://e.com/', format: 'uri' },
    { name: 'batch_max', type: 'integer', required: false, in: 'body', description: '', example: 1 },
    { name: 'headers', type: 'array', required: false, in: 'body', description: '', example: [] },
    { name: 'active', type: 'boolean', required: false, in: 'body', description: '', example: true },
  ],
});
const publishOp = normalizeOperation({
  name: 'publishEvent', method: 'POST', path: '/v1/{account}/events',
  parameters: [
    { name: 'account', type: 'string', required: true, in: 'path' },
    { name: 'Idempotency-Key', type: 'string', in: 'header' },
    { name: 'type', type: 'string', required: true, in: 'body' },
  ],
});
const listOp = normalizeOperation({
  name: 'listWebhooks', method: 'GET', path: '/v1/{account}/webhooks',
  parameters: [{ name: 'account', type: 'string', in: 'path' }, { name: 'app', type: 'string', in: 'query' },
    { name: 'active', type: 'boolean', in: 'query' }],
});

test('operation entries: create/update are recognised as hook writes on both surfaces', () => {
  assert.equal(updateOp.writesHook, true);
  assert.equal(normalizeOperation({ name: 'CreateWebHook', path: '/webservice/{account}/CreateWebHook' }).writesHook, true);
  assert.equal(normalizeOperation({ name: 'CreateWebHook', path: '/webservice/{account}/CreateWebHook' }).surface, 'function');
  assert.equal(listOp.writesHook, false);
  assert.equal(updateOp.params.find((p) => p.name === 'url').format, 'uri');
});

test('form text becomes typed values, with an error per untypable field', () => {
  const param = (type) => ({ name: 'x', type });
  assert.deepEqual(typedValue(param('integer'), '42'), { value: 42 });
  assert.ok(typedValue(param('integer'), 'four').error);
  assert.deepEqual(typedValue(param('boolean'), 'false'), { value: false });
  assert.deepEqual(typedValue(param('array'), '[{"name":"X","value":"1"}]'), { value: [{ name: 'X', value: '1' }] });
  assert.ok(typedValue(param('object'), '{nope').error);
  assert.deepEqual(typedValue(param('string'), ''), { absent: true });
  const { values, errors } = typedValues(updateOp, { id: 'wh 1/2', batch_max: '5', headers: '[', active: 'true' });
  assert.deepEqual(values, { id: 'wh 1/2', batch_max: 5, active: true });
  assert.deepEqual(errors.map((e) => [e.field, e.code]), [['headers', 'invalid_type']]);
  assert.deepEqual(bodyFromValues(updateOp, values), { batch_max: 5, active: true });
});

test('Run request: path values encoded, query and header parameters placed, JSON body, bearer key', () => {
  const put = requestFor(updateOp, { account: 'acme', id: 'wh 1/2', url: 'https://e.com/?a=1&b=2' }, 'key-1');
  assert.equal(put.method, 'PUT');
  assert.equal(put.path, '/v1/acme/webhooks/wh%201%2F2');
  assert.equal(put.headers.Authorization, 'Bearer key-1');
  assert.deepEqual(JSON.parse(put.body), { url: 'https://e.com/?a=1&b=2' });
  const get = requestFor(listOp, { account: 'acme', app: 'a&b c', active: false }, 'k');
  assert.equal(get.path, '/v1/acme/webhooks?app=a%26b+c&active=false');
  assert.equal(get.body, undefined);
  const post = requestFor(publishOp, { account: 'acme', 'Idempotency-Key': 'order-1', type: 'optin_finalized' }, 'k');
  assert.equal(post.headers['Idempotency-Key'], 'order-1');
  assert.equal(post.headers['Content-Type'], 'application/json');
  assert.deepEqual(JSON.parse(post.body), { type: 'optin_finalized' });
});

test('schedules: retry.preview milliseconds become seconds from the first attempt; jitter bounds kept', () => {
  const s = normalizeSchedule({ steps: [
    { attempt: 1, delay_ms: 0, cumulative_ms: 0, cumulative_min_ms: 0, cumulative_max_ms: 0 },
    { attempt: 2, delay_ms: 5000, cumulative_ms: 5000, cumulative_min_ms: 4000, cumulative_max_ms: 6000 },
  ], outcome: 'deactivate', end_reason: 'attempts_exhausted', total_ms: 5000, buffer_window_ms: 432000000 });
  assert.deepEqual(s.attempts.map((a) => [a.attempt, a.at, a.min, a.max]), [[1, 0, 0, 0], [2, 5, 4, 6]]);
  assert.equal(s.outcome, 'deactivate');
  assert.equal(s.total, 5);
  assert.equal(s.bufferDays, 5);
  assert.equal(formatDuration(1500), '25 min');
  assert.equal(formatDuration(27.6 * 3600), '1 d 3 h');
});

test('pasted headers: "Name: value" lines or a JSON object; values may hold colons', () => {
  assert.deepEqual(parseHeaderLines('webhook-id: msg_1\r\nwebhook-signature: v1,abc=\nStripe-Signature: t=1,v1=ff\n'),
    { 'webhook-id': 'msg_1', 'webhook-signature': 'v1,abc=', 'Stripe-Signature': 't=1,v1=ff' });
  assert.deepEqual(parseHeaderLines('{"a":"b"}'), { a: 'b' });
});

test('URL state: parameters under p., secrets never read from a link', () => {
  const s = readUrlState('?op=CreateWebHook&p.url=https%3A%2F%2Fe.com%2F%3Fa%3D1&preset=mailup&api_key=leak&secret=x');
  assert.deepEqual(s, { params: { url: 'https://e.com/?a=1' }, op: 'CreateWebHook', preset: 'mailup' });
});

test('URL state: secrets in the form are left out of a link or blanked; the rest is kept as typed', () => {
  const params = {
    app: 'shop', event: 'optin_finalized', url: 'https://ada:hunter2@receiver.example.com/in?list=42&token=tok_9&api_key=k1#x',
    basic_auth: '{"username": "ada", "password": "pw-Secret-1"}',
    encryption_key: 'rc4-key-Secret-2',
    headers: '[{"name":"Authorization","value":"Bearer tok-Secret-3"},{"name":"X-Team","value":"blue"}]',
    filter: '{"data.list_id": {"$eq": "42"}}',
  };
  const query = urlQuery({ op: 'createWebhook', base_url: 'http://u:pw-Secret-4@127.0.0.1:8080', api_key: 'key-Secret-5',
    secret: 'whsec_Secret6', params }, ['op', 'base_url', 'api_key', 'secret']);
  const got = Object.fromEntries(new URLSearchParams(query));
  assert.deepEqual(got, {
    op: 'createWebhook',
    base_url: 'http://u@127.0.0.1:8080',
    'p.app': 'shop',
    'p.event': 'optin_finalized',
    'p.url': 'https://ada@receiver.example.com/in?list=42&token=&api_key=#x',
    'p.basic_auth': '{"username":"ada","password":""}',
    'p.headers': '[{"name":"Authorization","value":""},{"name":"X-Team","value":"blue"}]',
    'p.filter': '{"data.list_id": {"$eq": "42"}}',
  });
  assert.doesNotMatch(decodeURIComponent(query), /Secret|hunter2|tok_9|k1/);
  // A link carrying secrets (an old one, or a crafted one) does not fill them in either.
  const back = readUrlState(`?p.encryption_key=x&p.basic_auth=${encodeURIComponent(params.basic_auth)}&p.app=shop`);
  assert.deepEqual(back, { params: { app: 'shop', basic_auth: '{"username":"ada","password":""}' } });
});

test('shareable texts: JSON being typed, header maps, URLs without secrets, plain fields', () => {
  assert.equal(shareableText('basic_auth', '{"username":"ada","password":"hal'), undefined);
  assert.equal(shareableText('filter', '{"data.email":'), '{"data.email":');
  assert.equal(shareableText('headers', '{"X-Api-Key":"k","Accept":"a"}'), '{"X-Api-Key":"","Accept":"a"}');
  assert.equal(shareableText('data', '{"email":"ada@example.com"}'), '{"email":"ada@example.com"}');
  assert.equal(shareableText('Idempotency-Key', 'order-1'), 'order-1');
  assert.equal(shareableText('client_secret', 'x'), undefined);
  assert.equal(shareableUrl('https://e.com/?a=1&b=2'), 'https://e.com/?a=1&b=2');
  assert.equal(shareableUrl('https://e.com/hook?code=fn-key'), 'https://e.com/hook?code=');
  assert.equal(shareableUrl('htp:/not a url'), 'htp:/not a url');
  // Being typed: before the "@" a password looks like a bad port, and is cut; a port is kept.
  assert.equal(shareableUrl('https://ada:hunte'), 'https://ada:');
  assert.equal(shareableUrl('http://127.0.0.1:8080'), 'http://127.0.0.1:8080');
  assert.equal(shareableUrl('https://ada:pw@h.example:8443/x'), 'https://ada@h.example:8443/x');
});
