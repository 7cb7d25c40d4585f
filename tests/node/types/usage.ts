// Type check of node/index.d.ts (run by tests/node/types.test.mjs: `tsc` in strict mode, then
// the emitted JavaScript runs against the built package). Each call reads the fields its
// declared answer type promises, and asserts them at run time, so a type that drifts from the
// core's real JSON fails here. The @ts-expect-error lines prove the input types do constrain.
import assert from 'node:assert/strict';

import { FUNCTION_NAMES, load, readRawBody } from 'hookwork';
import type {
  FunctionNames, Hookwork, HookInput, Result, RetryPlan, SignInput, VerifyOutcome, VerifyWebhookOptions,
} from 'hookwork';

const hw: Hookwork = await load({ hostSha256: true, fastPath: true });

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const names: FunctionNames = FUNCTION_NAMES;
assert.equal(names.bufferDecision, 'retry.buffer');
assert.equal(typeof readRawBody, 'function');

// catalog
const types = value(hw.catalog({ custom_types: [{ name: 'invoice.paid' }] }));
const custom = types[types.length - 1];
assert.equal(custom.id, null);
const builtIn: number | null = types[0].id;
assert.equal(typeof builtIn, 'number');
assert.deepEqual(value(hw.checkCustomType({ name: 'invoice.paid' })).origins, ['custom']);

// validate
const hookInput: HookInput = { event: 'optin_finalized', url: 'https://example.com/in', method: 'GET', batch_max: 5,
  filter: { 'data.list': { $in: [1, 2] }, $not: { 'data.test': true } }, retry_policy: 'mailup', headers: { 'X-A': 'b' } };
const hook = value(hw.validateHook({ hook: hookInput }));
assert.equal(hook.method, 'GET');
assert.equal(hook.batch_max, 5);
assert.equal(hook.headers?.[0].name, 'X-A');
const url = value(hw.validateUrl({ url: 'https://example.com:8443/x', policy: { https_only: true } }));
const port: number = url.port;
assert.equal(port, 8443);
assert.equal(url.scheme, 'https');
const event = { type: 'optin_finalized', occurred_at: '2024-05-01T12:00:00Z', data: { list: 1 } };
const validated = value(hw.validateEvent({ id: 'evt_1', event }));
assert.equal(validated.event.id, 'evt_1');
assert.equal(typeof validated.canonical, 'string');
assert.equal(validated.occurred_at_ms, 1714564800000);

// filter
assert.equal(value(hw.compileFilter({ filter: { 'data.list': 1 } })).nodes, 1);
const matched: number[] = value(hw.match({ hooks: [hookInput, { ...hookInput, filter: { 'data.list': 9 } }], event }));
assert.deepEqual(matched, [0]);

// payload
const request = value(hw.buildRequest({ hook: { event: 'optin_finalized', url: 'https://example.com/in' },
  events: [event], message_id: 'msg_1', timestamp: 1714564800 }));
assert.equal(request.method, 'POST');
assert.equal(request.headers.find((h) => h.name === 'webhook-id')?.value, 'msg_1');

// sign
const signInput: SignInput = { scheme: 'v1', secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: '{"test": 2432232314}' };
const signed = value(hw.sign(signInput));
assert.equal(signed.headers[2].value, 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
const outcome: VerifyOutcome = value(hw.verify({ scheme: 'v1', secrets: signInput.secrets, headers: signed.headers,
  body: signInput.body, now: 1614265330 }));
if (outcome.valid) assert.equal(outcome.matched_secret_index, 0);
else assert.fail(outcome.reason);
const refused = value(hw.verify({ scheme: 'v1', secrets: signInput.secrets, headers: {}, body: '', now: 0 }));
if (!refused.valid) assert.equal(refused.reason, 'missing_header');
assert.match(value(hw.generateSecret({ random_hex: 'ab'.repeat(32) })).secret, /^whsec_/);
const encrypted = value(hw.encryptLegacy({ key: 'Key', data: 'Plaintext' })).data;
assert.equal(value(hw.decryptLegacy({ key: 'Key', data: encrypted })).data, 'Plaintext');
assert.equal(value(hw.sha256({ data: '' })).hex.length, 64);
assert.equal(value(hw.hmacSha256({ key: 'k', data: 'd' })).base64.length, 44);
const options: VerifyWebhookOptions = { scheme: 'v1', secrets: signInput.secrets[0],
  headers: new Headers(signed.headers.map((h): [string, string] => [h.name, h.value])),
  body: Buffer.from(signInput.body), now: 1614265330 };
assert.equal(value(hw.verifyWebhook(options)).valid, true);

// retry
const classified = value(hw.classify({ status: 429, headers: { 'Retry-After': '5' } }));
assert.equal(classified.code, 'rate_limited');
assert.equal(classified.retry_after_ms, 5000);
const plan: RetryPlan = value(hw.planRetry({ policy: { type: 'fixed', interval_ms: 1000, max_attempts: 3 },
  now_ms: 0, history: { attempts: 1, first_attempt_ms: 0 }, outcome: classified }));
if (plan.action === 'retry') assert.equal(plan.at_ms, plan.delay_ms);
else assert.fail(plan.action);
const schedule = value(hw.previewSchedule({ policy: 'standard' }));
assert.equal(schedule.steps[schedule.steps.length - 1].attempt, schedule.attempts);
assert.equal(schedule.policy.type, 'schedule');
const presets = value(hw.retryPresets()).presets;
assert.equal(presets[0].name, 'standard');
const health = value(hw.recordHealthEvent({ event: 'failure', now_ms: 1000 }));
assert.equal(health.health.failing_since_ms, 1000);
assert.equal(health.buffer_closes_at_ms, null);
assert.equal(value(hw.bufferDecision({ health: health.health, received_ms: 2000 })).decision, 'deliver');

// samples
const ops = value(hw.operations());
assert.ok(ops.some((o) => o.surface === 'function' && o.parameters.every((p) => typeof p.required === 'boolean')));
assert.equal(value(hw.openapi()).openapi, '3.1.0');
assert.ok(value(hw.sampleTargets()).some((t) => t.id === 'python_requests'));
const sample = value(hw.sample({ operation: 'listWebhooks', target: 'node_fetch', params: { account: 'acme' } }));
assert.equal(sample.language, 'javascript');

// generic access
const generic = hw.call<{ hex: string }>('sign.sha256', { data: 'abc' });
assert.ok(generic.ok && generic.value.hex.startsWith('ba7816bf'));
assert.ok(hw.functions().includes(FUNCTION_NAMES.recordHealthEvent));

// Inputs the types refuse (each line must be a type error); never called, only compiled.
export function refusedByTheTypes(api: Hookwork, answer: VerifyOutcome): void {
  // @ts-expect-error unknown scheme
  api.sign({ scheme: 'v2', secrets: [], body: '' });
  // @ts-expect-error secrets is a list in sign (verifyWebhook takes one string too)
  api.sign({ scheme: 'v1', secrets: 'whsec_x', body: '' });
  // @ts-expect-error the body is required
  api.verify({ scheme: 'v1', secrets: [], headers: {} });
  // @ts-expect-error method is GET or POST
  api.validateHook({ hook: { event: 'x', url: 'https://example.com/', method: 'PUT' } });
  // @ts-expect-error planRetry needs outcome or response
  api.planRetry({ policy: 'mailup', now_ms: 0, history: { attempts: 1, first_attempt_ms: 0 } });
  // @ts-expect-error unknown health event
  api.recordHealthEvent({ event: 'crashed', now_ms: 0 });
  // @ts-expect-error a verify outcome has no reason without narrowing
  answer.reason.toUpperCase();
}

console.log('types ok');
