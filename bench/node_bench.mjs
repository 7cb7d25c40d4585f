// Node benchmark: Hookwork's WASM package against the JS reference libraries, measured in
// the same run on the same 1 KiB body (ratios, never absolute targets). Also reports
// buildRequest and match rates. Run: scripts/build-wasm.sh && node bench/node_bench.mjs [seconds]
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';

import { load } from '../node/index.js';

const seconds = Number(process.argv[2] ?? 1);
const hw = await load();

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ID = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const TS = 1614265330;
// A 1 KiB JSON body (exactly 1024 bytes).
const filler = 'x'.repeat(1024 - JSON.stringify({ type: 'optin_finalized', data: '' }).length);
const BODY = JSON.stringify({ type: 'optin_finalized', data: filler });
if (Buffer.byteLength(BODY) !== 1024) throw new Error('body is not 1 KiB');

function rate(fn) {
  for (let i = 0; i < 2000; i++) fn();  // warm up the JIT and the wasm tiers
  let ops = 0;
  const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() < end) {
    for (let i = 0; i < 200; i++) fn();
    ops += 200;
  }
  return ops / seconds;
}

function must(result, what) {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

// Every contender checked before it is timed: the same signature, a valid verification.
const signInput = { scheme: 'v1', secrets: [SECRET], id: ID, timestamp: TS, body: BODY };
const ours = must(hw.sign(signInput), 'sign');
const oursHeaders = Object.fromEntries((ours.headers ?? ours).map((h) => [h.name.toLowerCase(), h.value]));
const std = new StandardWebhook(SECRET);
const svix = new SvixWebhook(SECRET);
const theirs = std.sign(ID, new Date(TS * 1000), BODY);
if (oursHeaders['webhook-signature'] !== theirs || svix.sign(ID, new Date(TS * 1000), BODY) !== theirs) {
  throw new Error(`signatures differ: ${oursHeaders['webhook-signature']} vs ${theirs}`);
}
// The peers verify against the clock: sign with the current time for the verify runs.
const now = Math.floor(Date.now() / 1000);
const liveHeaders = { 'webhook-id': ID, 'webhook-timestamp': String(now),
  'webhook-signature': std.sign(ID, new Date(now * 1000), BODY) };
const verifyInput = { scheme: 'v1', secrets: [SECRET], headers: liveHeaders, body: BODY, now };
if (!must(hw.verify(verifyInput), 'verify').valid) throw new Error('our verify refused a valid signature');
std.verify(BODY, liveHeaders, { jsonParse: false });
svix.verify(BODY, liveHeaders);

const rows = [];
const compare = (what, oursFn, peers) => {
  const our = rate(oursFn);
  for (const [peer, fn] of peers) {
    const their = rate(fn);
    rows.push({ what, peer, ours: our, theirs: their, ratio: our / their });
  }
};
compare('sign v1, 1 KiB', () => hw.sign(signInput), [
  ['standardwebhooks', () => std.sign(ID, new Date(TS * 1000), BODY)],
  ['svix', () => svix.sign(ID, new Date(TS * 1000), BODY)],
]);
compare('verify v1, 1 KiB', () => hw.verify(verifyInput), [
  ['standardwebhooks (jsonParse off)', () => std.verify(BODY, liveHeaders, { jsonParse: false })],
  ['svix (parses the body)', () => svix.verify(BODY, liveHeaders)],
]);
compare('verifyWebhook (Buffer body), 1 KiB', () => hw.verifyWebhook({ scheme: 'v1', secrets: SECRET,
  headers: liveHeaders, body: Buffer.from(BODY), now }), [
  ['standardwebhooks (Buffer)', () => std.verify(Buffer.from(BODY), liveHeaders, { jsonParse: false })],
]);

const hook = { id: 'hook_1', url: 'https://example.com/hooks', event_type: 'optin_finalized', method: 'POST' };
const event = { id: 'evt_1', type: 'optin_finalized', timestamp: TS, data: { email: 'ada@example.com', list: 3 } };
const buildInput = { hook, events: [event], message_id: ID, timestamp: TS };
const compiled = hw.compileFilter({ filter: { 'data.list': { $in: [1, 2, 3] }, 'data.email': { $suffix: '@example.com' } } });
const matchInput = { filter: { 'data.list': { $in: [1, 2, 3] }, 'data.email': { $suffix: '@example.com' } }, event };
const single = [];
for (const [what, fn, input] of [['buildRequest (POST, 1 event)', hw.buildRequest, buildInput],
  ['match (JSON filter)', hw.match, matchInput]]) {
  const probe = fn(input);
  single.push({ what, rate: rate(() => fn(input)), ok: probe.ok,
    note: probe.ok ? '' : `input refused: ${probe.errors.map((e) => e.code).join(', ')}` });
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`# Node ${process.version}, hookwork ${hw.version}, ${seconds} s per measurement\n`);
console.log('| operation | peer | hookwork ops/s | peer ops/s | ratio |');
console.log('|---|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.what} | ${r.peer} | ${fmt(r.ours)} | ${fmt(r.theirs)} | ${r.ratio.toFixed(2)}x |`);
console.log('\n| operation | hookwork ops/s | note |');
console.log('|---|---:|---|');
for (const s of single) console.log(`| ${s.what} | ${fmt(s.rate)} | ${s.note} |`);
void compiled;
