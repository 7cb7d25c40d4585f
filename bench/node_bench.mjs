// Node benchmark: Hookwork's WASM package against the JS reference libraries, measured in
// the same run on the same 1 KiB body (ratios, never absolute targets), plus buildRequest
// and match rates. Every contender is checked (same signature, a valid verification, an
// accepted request) before it is timed.
//
//   scripts/build-wasm.sh && node bench/node_bench.mjs [seconds per contender] [--baseline DIR]
//
// --baseline DIR also times another build of the package (DIR holds its index.js and dist/,
// e.g. a copy of node/ built from main) in the same run: before/after on one machine state.
// Contenders take turns in short rounds, timed by this process's CPU time, so load from other
// processes on a shared machine hits every contender alike; a ratio is the median of the
// per-round ratios, a rate the total operations over the total CPU time.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';

import { load } from '../node/index.js';

const args = process.argv.slice(2);
const baselineAt = args.indexOf('--baseline');
const baselineDir = baselineAt >= 0 ? args.splice(baselineAt, 2)[1] : undefined;
const seconds = Number(args[0] ?? 2);
const ROUND_S = 0.05;

const hw = await load();
const variants = [
  ['hookwork', hw],
  ['hookwork, generic JSON route + portable hash', await load({ fastPath: false, hostSha256: false })],
  ['hookwork, fast path + portable hash', await load({ hostSha256: false })],
  ['hookwork, generic JSON route + node:crypto hash', await load({ fastPath: false })],
];
if (baselineDir) {
  const { load: loadBaseline } = await import(pathToFileURL(resolve(baselineDir, 'index.js')).href);
  variants.push([`baseline build (${baselineDir})`, await loadBaseline()]);
}

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ID = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const TS = 1614265330;
// A 1 KiB JSON body (exactly 1024 bytes).
const filler = 'x'.repeat(1024 - JSON.stringify({ type: 'optin_finalized', data: '' }).length);
const BODY = JSON.stringify({ type: 'optin_finalized', data: filler });
if (Buffer.byteLength(BODY) !== 1024) throw new Error('body is not 1 KiB');
const BODY_BYTES = Buffer.from(BODY);

function must(result, what) {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.errors)}`);
  return result.value;
}
const headerMap = (list) => Object.fromEntries(list.map((h) => [h.name.toLowerCase(), h.value]));

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

// Times every contender [name, fn] in interleaved rounds; answers [{name, rate, rounds: [rate...]}].
function race(contenders) {
  for (const [, fn] of contenders) for (let i = 0; i < 3000; i++) fn();  // JIT and wasm tiers warm
  const stats = contenders.map(([name]) => ({ name, ops: 0, cpu: 0, rounds: [] }));
  const rounds = Math.max(1, Math.round(seconds / ROUND_S));
  for (let r = 0; r < rounds; r++) {
    contenders.forEach(([, fn], k) => {
      let ops = 0;
      const start = cpuSeconds();
      const wallEnd = process.hrtime.bigint() + BigInt(Math.round(ROUND_S * 1e9));
      while (process.hrtime.bigint() < wallEnd) {
        for (let i = 0; i < 50; i++) fn();
        ops += 50;
      }
      const cpu = cpuSeconds() - start;
      stats[k].ops += ops;
      stats[k].cpu += cpu;
      stats[k].rounds.push(ops / cpu);
    });
  }
  return stats.map((s) => ({ name: s.name, rate: s.ops / s.cpu, rounds: s.rounds }));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ratio = (a, b) => median(a.rounds.map((x, i) => x / b.rounds[i]));

// --- sign: every contender gives the published peers' signature for the same input.
const signInput = { scheme: 'v1', secrets: [SECRET], id: ID, timestamp: TS, body: BODY };
const std = new StandardWebhook(SECRET);
const svix = new SvixWebhook(SECRET);
const expected = std.sign(ID, new Date(TS * 1000), BODY);
if (svix.sign(ID, new Date(TS * 1000), BODY) !== expected) throw new Error('the peers disagree');
for (const [name, api] of variants) {
  const got = headerMap(must(api.sign(signInput), `${name} sign`).headers)['webhook-signature'];
  if (got !== expected) throw new Error(`${name}: signature ${got}, peers ${expected}`);
}

// --- verify: the peers check against the clock, so sign with the current time.
const now = Math.floor(Date.now() / 1000);
const liveHeaders = { 'webhook-id': ID, 'webhook-timestamp': String(now),
  'webhook-signature': std.sign(ID, new Date(now * 1000), BODY) };
const verifyInput = { scheme: 'v1', secrets: [SECRET], headers: liveHeaders, body: BODY, now };
const webhookInput = { scheme: 'v1', secrets: SECRET, headers: liveHeaders, body: BODY_BYTES, now };
for (const [name, api] of variants) {
  if (!must(api.verify(verifyInput), `${name} verify`).valid) throw new Error(`${name} refused a valid signature`);
  if (!must(api.verifyWebhook(webhookInput), `${name} verifyWebhook`).valid) throw new Error(`${name} verifyWebhook`);
}
std.verify(BODY, liveHeaders, { jsonParse: false });
svix.verify(BODY, liveHeaders);

// --- buildRequest and match: inputs the core accepts (shapes of tests/vectors/payload.json, filter.json).
const hook = { event: 'optin_finalized', url: 'https://example.com/hooks', method: 'POST' };
const event = { type: 'optin_finalized', occurred_at: '2021-02-25T15:02:10Z', data: { email: 'ada@example.com', list: 3 } };
const buildInput = { hook, events: [event], message_id: ID, timestamp: TS };
const filter = { 'data.list': { $in: [1, 2, 3] }, 'data.email': { $suffix: '@example.com' } };
const matchInput = { hooks: [{ ...hook, filter }, { ...hook, filter: { 'data.list': 4 } }], event };
for (const [name, api] of variants) {
  const request = must(api.buildRequest(buildInput), `${name} buildRequest`);
  if (request.method !== 'POST' || !request.body.includes('ada@example.com')) throw new Error(`${name} buildRequest`);
  const matched = must(api.match(matchInput), `${name} match`);
  if (JSON.stringify(matched) !== '[0]') throw new Error(`${name} match: ${JSON.stringify(matched)}`);
}

const peersSign = [
  ['standardwebhooks', () => std.sign(ID, new Date(TS * 1000), BODY)],
  ['svix', () => svix.sign(ID, new Date(TS * 1000), BODY)],
];
const peersVerify = [
  ['standardwebhooks (jsonParse off)', () => std.verify(BODY, liveHeaders, { jsonParse: false })],
  ['svix (parses the body)', () => svix.verify(BODY, liveHeaders)],
];
const sections = [
  ['sign v1, 1 KiB', variants.map(([name, api]) => [name, () => api.sign(signInput)]), peersSign],
  ['verify v1, 1 KiB', variants.map(([name, api]) => [name, () => api.verify(verifyInput)]), peersVerify],
  ['verifyWebhook (Buffer body), 1 KiB', variants.map(([name, api]) => [name, () => api.verifyWebhook(webhookInput)]),
    [['standardwebhooks (Buffer)', () => std.verify(BODY_BYTES, liveHeaders, { jsonParse: false })]]],
  ['buildRequest (POST, 1 event)', variants.map(([name, api]) => [name, () => api.buildRequest(buildInput)]), []],
  ['match (2 hooks, JSON filters)', variants.map(([name, api]) => [name, () => api.match(matchInput)]), []],
];

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`# Node ${process.version}, hookwork ${hw.version}, ${seconds} s of CPU per contender in ${ROUND_S * 1000} ms rounds\n`);
for (const [what, ours, peers] of sections) {
  const results = race([...ours, ...peers]);
  const peerStats = results.slice(ours.length);
  console.log(`## ${what}\n`);
  console.log(`| contender | ops/s (CPU) | µs/op |${peerStats.map((p) => ` × ${p.name} |`).join('')}`);
  console.log(`|---|---:|---:|${peerStats.map(() => '---:|').join('')}`);
  for (const r of results) {
    const cells = peerStats.map((p) => (r === p ? ' — |' : ` ${ratio(r, p).toFixed(2)}× |`)).join('');
    console.log(`| ${r.name} | ${fmt(r.rate)} | ${(1e6 / r.rate).toFixed(2)} |${cells}`);
  }
  console.log('');
}
