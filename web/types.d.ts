// Types of Hookwork's camelCase API: the JSON shapes of the core's facade
// (core/src/api/*.cpp), as inputs and as the `value` of each answer. Every answer is a
// Result: {ok: true, value} or {ok: false, errors}. Host-neutral: nothing here is
// specific to Node (the browser module answers with the same shapes).

// ---------------------------------------------------------------------------- basics

export interface FieldError {
  /** JSON path of the offending input field ("hook.url", "events[0].data", "secrets[1]"); "" for the whole input. */
  field: string;
  /** Stable snake_case code: "required", "invalid_type", "invalid_url", "bad_secret", ... (docs/errors.md). */
  code: string;
  /** For humans; may change between versions. */
  message: string;
}

export type Result<T = unknown> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A header as the core lists them: order kept, names as given. */
export interface Header {
  name: string;
  value: string;
}
/** Headers as an input: an object of name: value, or a list of {name, value}. */
export type HeadersInput = Record<string, string> | Header[];

// ---------------------------------------------------------------------------- catalog

export type EventTypeOrigin = 'emma' | 'mailingwork' | 'mailup' | 'episerver' | 'custom' | (string & {});

export interface EventType {
  /** Numeric id of a built-in type; null for a tenant's custom type. */
  id: number | null;
  name: string;
  description: string;
  /** Where the type comes from: the product seeds it is modelled on, or "custom". */
  origins: EventTypeOrigin[];
}

export interface CustomEventTypeInput {
  /** Lowercase dotted name, e.g. "invoice.paid". */
  name: string;
  description?: string;
}

export interface CatalogInput {
  /** The tenant's own types, listed after the built-ins. */
  custom_types?: CustomEventTypeInput[];
}

// ---------------------------------------------------------------------------- validate

/** URL rules for hook targets (SSRF guard). */
export interface UrlPolicy {
  /** Allow every non-public address (development setups). Default false. */
  allow_private?: boolean;
  /** Non-public ranges allowed anyway: "10.1.0.0/16", "fd00::/8", "192.168.1.5". */
  allow_cidrs?: string[];
  /** Refuse http:// targets. Default false. */
  https_only?: boolean;
}

export interface ValidateUrlInput {
  url: string;
  policy?: UrlPolicy;
}

export interface ParsedUrl {
  /** Normalized: lowercase scheme and host, punycode, default port dropped. */
  url: string;
  scheme: 'http' | 'https';
  /** ASCII host (punycode for IDN), IPv6 without brackets. */
  host: string;
  /** Effective port (80 / 443 when none was given). */
  port: number;
  /** Starts with "/". */
  path_and_query: string;
  host_is_ip: boolean;
}

export type HttpMethod = 'GET' | 'POST';
export type EventSource = 'api' | 'console' | 'recipient';
export type Ordering = 'none' | 'fifo';

/** Comparison operators of a filter condition. */
export interface FilterOperators {
  $eq?: Json;
  $neq?: Json;
  $gt?: number | string;
  $gte?: number | string;
  $lt?: number | string;
  $lte?: number | string;
  $in?: Json[];
  $nin?: Json[];
  $exists?: boolean;
  $prefix?: string;
  $suffix?: string;
}

/**
 * A JSON filter on the event envelope: dotted paths ("data.amount") mapped to a value
 * (meaning $eq) or to operators; several keys mean $and; $and / $or / $not combine filters.
 */
export interface Filter {
  $and?: Filter[];
  $or?: Filter[];
  $not?: Filter;
  [path: string]: Json | FilterOperators | Filter | Filter[] | undefined;
}

export type RetryPresetName = 'standard' | 'svix' | 'mailup' | 'episerver' | 'exponential' | 'fixed';

/** A retry policy as an input: a preset name, or an object of one of three types. */
export type RetryPolicyInput =
  | RetryPresetName
  | { type: RetryPresetName; name?: string }
  | { type: 'schedule'; name?: string; delays_ms: number[]; jitter_percent?: number; max_age_ms?: number }
  | {
      type: 'exponential';
      name?: string;
      initial_ms?: number;
      factor?: number;
      cap_ms?: number;
      jitter?: 'none' | 'full' | 'equal';
      max_attempts?: number;
      max_age_ms?: number;
    }
  | { type: 'fixed'; name?: string; interval_ms: number; max_attempts: number; max_age_ms?: number };

/** The canonical form of a policy (what retry.preview and retry.presets answer). */
export type RetryPolicy =
  | {
      name: string;
      type: 'schedule';
      delays_ms: number[];
      jitter_percent: number;
      max_age_ms: number | null;
    }
  | {
      name: string;
      type: 'exponential';
      initial_ms: number;
      factor: number;
      cap_ms: number;
      jitter: 'none' | 'full' | 'equal' | 'proportional';
      max_attempts: number;
      max_age_ms: number | null;
    }
  | { name: string; type: 'fixed'; interval_ms: number; max_attempts: number; max_age_ms: number | null };

/** A hook as tenants send it (snake_case; seed 003's basicAuthUsername/basicAuthPassword also accepted). */
export interface HookInput {
  /** Event type name: a built-in one or one of custom_event_types. */
  event: string;
  /** Absolute http(s) URL, checked against the URL policy. */
  url: string;
  /** The tenant's internal app name; a hook without one hears every app. */
  app?: string;
  /** Default POST; GET puts the url-encoded JSON in the query key `payload`. */
  method?: HttpMethod;
  user?: string;
  /** Only events from this source; default any. */
  source?: EventSource | 'any';
  list_id?: string;
  /** Events per request, 1..100 (default 1). */
  batch_max?: number;
  basic_auth?: { username: string; password: string };
  basicAuthUsername?: string;
  basicAuthPassword?: string;
  /** Custom headers added to every request. */
  headers?: HeadersInput;
  /** Legacy RC4 + Base64 body encryption key (insecure; MailUp compatibility only). */
  encryption_key?: string;
  /** Placeholder parameters ("[Email]", "[EventDate]", ...); none: the whole event. */
  parameters?: string[];
  retry_policy?: RetryPolicyInput;
  filter?: Filter;
  ordering?: Ordering;
  active?: boolean;
  /** Connect timeout of one attempt in ms, overriding the runner's default. */
  connect_timeout_ms?: number;
  /** Total time one attempt may take in ms, overriding the runner's default. */
  timeout_ms?: number;
}

/** A hook after validation: normalized, defaults applied (validateHook's value). */
export interface Hook {
  event: string;
  url: string;
  method: HttpMethod;
  source: EventSource | 'any';
  batch_max: number;
  ordering: Ordering;
  active: boolean;
  app?: string;
  user?: string;
  list_id?: string;
  basic_auth?: { username: string; password: string };
  headers?: Header[];
  encryption_key?: string;
  parameters?: string[];
  retry_policy?: RetryPolicyInput;
  filter?: Filter;
  connect_timeout_ms?: number;
  timeout_ms?: number;
}

/** Custom event type names of the tenant, or objects as catalog() takes them. */
export type CustomEventTypes = Array<string | CustomEventTypeInput>;

export interface ValidateHookInput {
  hook: HookInput;
  custom_event_types?: CustomEventTypes;
  url_policy?: UrlPolicy;
}

/** An event as a platform publishes it. */
export interface EventInput {
  type: string;
  /** ISO 8601 with a zone: "2024-05-01T12:00:00Z", "2012-09-12T11:18:37.664+02:00". */
  occurred_at: string;
  /** Always an object. */
  data: { [key: string]: Json };
  app?: string;
  source?: EventSource;
  list_id?: string;
}

/** The envelope receivers get: the event with its id, occurred_at normalized to milliseconds. */
export interface EventEnvelope extends EventInput {
  id: string;
}

export interface ValidateEventInput {
  event: EventInput;
  /** The id the caller assigns ("evt_..."): printable ASCII, no spaces, up to 128 bytes. */
  id: string;
  /** Limit of the serialized envelope (default 256 KiB). */
  max_bytes?: number;
  custom_event_types?: CustomEventTypes;
}

export interface ValidatedEvent {
  event: EventEnvelope;
  /** The envelope serialized once, the exact bytes deliveries splice. */
  canonical: string;
  occurred_at_ms: number;
}

// ---------------------------------------------------------------------------- filter

export interface CompileFilterInput {
  filter: Filter | null;
}

export interface CompiledFilterInfo {
  /** Nodes of the compiled program; 0 for the empty filter (matches everything). */
  nodes: number;
}

export interface MatchInput {
  hooks: HookInput[];
  event: EventInput;
  /** The event id used while validating it (default "evt_match"). */
  id?: string;
  /** Also list inactive hooks (the runner buffers events for them). */
  include_inactive?: boolean;
  custom_event_types?: CustomEventTypes;
  url_policy?: UrlPolicy;
}

/** Indexes (into `hooks`) of the hooks that receive the event, ascending. */
export type MatchResult = number[];

// ---------------------------------------------------------------------------- payload

export interface BuildRequestInput {
  hook: HookInput;
  /** 1..batch_max events (at most 100). */
  events: EventInput[];
  /** One id per event; default "evt_0", "evt_1", ... */
  ids?: string[];
  /** Header webhook-id: the same on every attempt of one message. */
  message_id: string;
  /** Unix seconds of this attempt: header webhook-timestamp when given. */
  timestamp?: number;
  /** The tenant's account id, parameter [IdConsole]. */
  account_id?: string | number;
  /** User-Agent version (default the core's). */
  version?: string;
  /** Custom event type names (strings only here). */
  custom_event_types?: string[];
  url_policy?: UrlPolicy;
}

export interface HttpRequest {
  method: HttpMethod;
  url: string;
  headers: Header[];
  /** "" for GET. */
  body: string;
}

// ---------------------------------------------------------------------------- sign

export type SignatureScheme = 'v1' | 'github' | 'stripe';

export interface SignInput {
  /** "v1" (Standard Webhooks), "github" (X-Hub-Signature-256) or "stripe" (Stripe-Signature). */
  scheme: SignatureScheme;
  /** 1..10 active secrets, newest first; each signs (rotation). v1: "whsec_" + Base64 of 24..64 bytes. */
  secrets: string[];
  /** v1: the message id (printable ASCII, no spaces, up to 256 bytes), the same on every retry. */
  id?: string;
  /** v1 and stripe: unix seconds (the caller's clock). */
  timestamp?: number;
  /** The exact body bytes sent, as text. */
  body: string;
  /** Header name prefix; default "webhook", "X-Hub" or "Stripe". */
  header_prefix?: string;
}

export interface SignResult {
  /** v1: webhook-id, webhook-timestamp, webhook-signature; github / stripe: the one signature header. */
  headers: Header[];
}

export interface VerifyInput {
  scheme: SignatureScheme;
  /** Any of them may match (rotation). */
  secrets: string[];
  /** The received headers; names compared case-insensitively, the first of repeated names counts. */
  headers: HeadersInput;
  /** The raw body as received, as text. */
  body: string;
  /** Unix seconds (the caller's clock); required for v1 and stripe. */
  now?: number;
  /** Accepted clock skew in seconds, 0..604800 (default 300). */
  tolerance?: number;
  header_prefix?: string;
}

/** Why a request was refused, checked in this order. */
export type VerifyReason =
  | 'bad_secret'
  | 'missing_header'
  | 'bad_timestamp'
  | 'too_old'
  | 'too_new'
  | 'bad_signature_format'
  | 'no_match';

export type VerifyOutcome =
  | { valid: true; /** Which secret matched. */ matched_secret_index: number }
  | { valid: false; reason: VerifyReason; message: string };

export interface GenerateSecretInput {
  /** 24..64 random bytes as hex, from the caller's random source (the core reads no randomness). */
  random_hex: string;
}

export interface GeneratedSecret {
  /** "whsec_" + Base64 of the bytes. */
  secret: string;
}

export interface LegacyCipherInput {
  /** 1..256 bytes. */
  key: string;
  /** encryptLegacy: the plain text; decryptLegacy: the Base64 text. */
  data: string;
}

export interface LegacyCipherResult {
  data: string;
}

export interface Sha256Input {
  data: string;
}

export interface Sha256Result {
  /** Lowercase hex of the digest. */
  hex: string;
}

export interface HmacSha256Input {
  key: string;
  data: string;
}

export interface HmacSha256Result {
  hex: string;
  base64: string;
}

// ---------------------------------------------------------------------------- retry

export interface ClassifyInput {
  /** The HTTP status of the response; leave out with transport_error. */
  status?: number;
  /** Response headers (Retry-After is read for 429 and 503). */
  headers?: HeadersInput;
  /** No response: "timeout", "connection_refused", "dns", "tls" or any other text. */
  transport_error?: string;
  /** Unix ms, to read a Retry-After date. */
  now_ms?: number;
}

export type OutcomeKind = 'success' | 'failure' | 'deactivate';

export type OutcomeCode =
  | 'success'
  | 'redirect'
  | 'gone'
  | 'rate_limited'
  | 'unavailable'
  | 'server_error'
  | 'client_error'
  | 'invalid_status'
  | 'timeout'
  | 'connection_refused'
  | 'dns'
  | 'tls'
  | 'transport_error'
  | (string & {});

export interface AttemptOutcome {
  kind: OutcomeKind;
  code: OutcomeCode;
  status?: number;
  /** The receiver's requested wait (Retry-After), in ms. */
  retry_after_ms?: number;
}

export interface AttemptHistory {
  /** Attempts made, the one just classified included (1..1000). */
  attempts: number;
  /** Unix ms of attempt 1. */
  first_attempt_ms: number;
  /** Unix ms of the event: max_age counts from here when given. */
  event_occurred_ms?: number;
}

export type PlanRetryInput = {
  policy: RetryPolicyInput;
  /** Unix ms: the caller's clock. */
  now_ms: number;
  /** Jitter seed, 0..2^53-1 (default 0). */
  seed?: number;
  history: AttemptHistory;
} & (
  | { /** What classify() answered. */ outcome: { kind: OutcomeKind; code?: string; retry_after_ms?: number }; response?: never }
  | { /** classify()'s input: the planner classifies it. */ response: ClassifyInput; outcome?: never }
);

export type PlanAction = 'done' | 'retry' | 'give_up' | 'deactivate';
export type PlanReason = 'delivered' | 'retry_scheduled' | 'attempts_exhausted' | 'max_age_exceeded' | 'gone';

export type RetryPlan =
  | {
      action: 'retry';
      reason: 'retry_scheduled';
      outcome: AttemptOutcome;
      next_attempt: number;
      /** From now. */
      delay_ms: number;
      /** now_ms + delay_ms. */
      at_ms: number;
      /** The jittered policy delay before Retry-After was applied. */
      scheduled_delay_ms: number;
      retry_after_applied: boolean;
    }
  | { action: Exclude<PlanAction, 'retry'>; reason: PlanReason; outcome: AttemptOutcome };

export interface PreviewScheduleInput {
  policy: RetryPolicyInput;
  seed?: number;
}

export interface PreviewStep {
  attempt: number;
  delay_ms: number;
  delay_min_ms: number;
  delay_max_ms: number;
  cumulative_ms: number;
  cumulative_min_ms: number;
  cumulative_max_ms: number;
}

export interface RetrySchedule {
  policy: RetryPolicy;
  /** Attempt 1 (delay 0) first; at most 500 steps. */
  steps: PreviewStep[];
  attempts: number;
  total_ms: number;
  end_reason: 'attempts_exhausted' | 'max_age_exceeded' | 'truncated' | (string & {});
  truncated: boolean;
  outcome: 'give_up';
  /** How long a deactivated hook's events are buffered (5 days). */
  buffer_window_ms: number;
}

export interface RetryPreset {
  name: RetryPresetName;
  description: string;
  policy: RetryPolicy;
}

export interface HookHealthInput {
  active?: boolean;
  consecutive_exhausted?: number;
  failing_since_ms?: number | null;
  /** Required when active is false. */
  deactivated_at_ms?: number | null;
  deactivation_reason?: string | null;
}

export interface HookHealth {
  active: boolean;
  consecutive_exhausted: number;
  failing_since_ms: number | null;
  deactivated_at_ms: number | null;
  deactivation_reason: 'consecutive_exhausted' | 'failing_too_long' | 'gone' | null | (string & {});
}

export interface DeactivationPolicyInput {
  /** Default 10 messages in a row that used up their retries. */
  max_consecutive_exhausted?: number;
  /** Default 5 days of failure without a success. */
  max_failing_ms?: number;
  /** Default 5 days after the deactivation. */
  buffer_window_ms?: number;
}

export type HealthEvent = 'success' | 'failure' | 'exhausted' | 'gone' | 'reactivated';

export interface RecordHealthEventInput {
  /** The hook's stored value; default a healthy active hook. */
  health?: HookHealthInput;
  policy?: DeactivationPolicyInput;
  now_ms: number;
  event: HealthEvent;
}

export interface HealthUpdate {
  health: HookHealth;
  /** This event deactivated the hook: send the system notification. */
  deactivated_now: boolean;
  /** A success ended a failing streak. */
  recovered_now: boolean;
  /** When the deactivated hook's buffer stops accepting events; null while active. */
  buffer_closes_at_ms: number | null;
}

export interface BufferDecisionInput {
  health?: HookHealthInput;
  policy?: DeactivationPolicyInput;
  /** Unix ms the event was received. */
  received_ms: number;
}

export interface BufferDecisionResult {
  decision: 'deliver' | 'buffer' | 'drop';
  buffer_closes_at_ms: number | null;
}

// ---------------------------------------------------------------------------- samples

export interface OperationParameter {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'object' | 'array';
  required: boolean;
  in: 'path' | 'query' | 'header' | 'body';
  description: string;
  /** A value a sample can use as is. */
  example: Json;
  /** The allowed values when the set is closed. */
  enum?: string[];
  /** OpenAPI format hint: "uri", "date-time", ... */
  format?: string;
}

export interface Operation {
  /** Stable id (OpenAPI operationId): "listWebhooks", "CreateWebHook". */
  name: string;
  summary: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Template: "/v1/{account}/webhooks/{id}". */
  path: string;
  surface: 'rest' | 'function';
  /** The REST operation whose handler serves this one. */
  handler: string;
  parameters: OperationParameter[];
  /** Request body types, preferred first; empty: no body. */
  content_types: string[];
  success_status: number;
  error_statuses: number[];
  requires_auth: boolean;
}

/** An OpenAPI 3.1 document. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: { [path: string]: { [method: string]: Json } };
  components?: { [key: string]: Json };
  [key: string]: unknown;
}

export type SampleTargetId =
  | 'curl'
  | 'powershell_curl'
  | 'httpie'
  | 'wget'
  | 'js_fetch'
  | 'node_fetch'
  | 'python_requests'
  | 'python_http_client'
  | 'php_curl'
  | 'go'
  | 'ruby'
  | 'java'
  | 'csharp'
  | 'cpp_libcurl'
  | (string & {});

export interface SampleTarget {
  id: SampleTargetId;
  /** "Shell (curl)". */
  label: string;
  /** Syntax-highlighting name: "bash", "python", ... */
  language: string;
  /** Suggested file name: "sample.sh", "Main.java". */
  filename: string;
  /** false: the toolchain is not in Debian; checked by golden files. */
  executable_in_tests: boolean;
}

export interface SampleInput {
  /** An operation name from operations(). */
  operation: string;
  /** A target id from sampleTargets(). */
  target: SampleTargetId;
  /** Parameter values by name (path, query, header and body parameters alike). */
  params?: { [name: string]: Json };
  options?: {
    /** scheme://host[:port][/prefix]; default http://localhost:8080. */
    base_url?: string;
    /** Sent as Authorization: Bearer <api_key>; default YOUR_API_KEY. */
    api_key?: string;
    /** One of the operation's content types; default its preferred one. */
    content_type?: string;
  };
}

export interface Sample {
  code: string;
  filename: string;
  language: string;
}

// ---------------------------------------------------------------------------- receiver helper

/** Request headers as node:http, Express, Fastify or Fetch give them. */
export type HeaderSource =
  | Record<string, string | string[] | number | undefined>
  | { entries(): Iterable<[string, string]>; get(name: string): string | null };

export interface VerifyWebhookOptions {
  scheme: SignatureScheme;
  /** One secret, or several during a rotation. */
  secrets: string | string[];
  headers: HeaderSource;
  /** The RAW body exactly as received (not parsed JSON); bytes must be UTF-8. */
  body: string | Uint8Array | ArrayBuffer | ArrayBufferView;
  /** Unix seconds; defaults to the clock. */
  now?: number;
  /** Accepted clock skew in seconds (default 300). */
  tolerance?: number;
}

// ---------------------------------------------------------------------------- the API

/** camelCase name -> facade function name. */
export interface FunctionNames {
  readonly catalog: 'catalog.list';
  readonly checkCustomType: 'catalog.check_custom_type';
  readonly validateHook: 'validate.hook';
  readonly validateUrl: 'validate.url';
  readonly validateEvent: 'validate.event';
  readonly compileFilter: 'filter.compile';
  readonly match: 'filter.match';
  readonly buildRequest: 'payload.build';
  readonly sign: 'sign.sign';
  readonly verify: 'sign.verify';
  readonly generateSecret: 'sign.generate_secret';
  readonly encryptLegacy: 'sign.encrypt_legacy';
  readonly decryptLegacy: 'sign.decrypt_legacy';
  readonly sha256: 'sign.sha256';
  readonly hmacSha256: 'sign.hmac_sha256';
  readonly classify: 'retry.classify';
  readonly planRetry: 'retry.plan';
  readonly previewSchedule: 'retry.preview';
  readonly retryPresets: 'retry.presets';
  readonly recordHealthEvent: 'retry.deactivation';
  readonly bufferDecision: 'retry.buffer';
  readonly operations: 'samples.operations';
  readonly openapi: 'samples.openapi';
  readonly sampleTargets: 'samples.targets';
  readonly sample: 'samples.generate';
}

export type FacadeFunction = FunctionNames[keyof FunctionNames];

export interface Hookwork {
  /** Any facade function by name, e.g. call("validate.url", { url }). */
  call<T = unknown>(fn: FacadeFunction | (string & {}), input?: unknown): Result<T>;
  /** Same, JSON text in and out (what crosses the WASM boundary). */
  callText(fn: string, inputJson: string): string;
  /** Every facade function of the loaded core, sorted. */
  functions(): string[];
  /** Version of the core. */
  readonly version: string;

  /** catalog.list: every event type, built-ins first, then the custom ones. */
  catalog(input?: CatalogInput): Result<EventType[]>;
  /** catalog.check_custom_type: a custom type normalized, or why it is refused. */
  checkCustomType(input: CustomEventTypeInput): Result<EventType>;
  /** validate.hook. */
  validateHook(input: ValidateHookInput): Result<Hook>;
  /** validate.url. */
  validateUrl(input: ValidateUrlInput): Result<ParsedUrl>;
  /** validate.event. */
  validateEvent(input: ValidateEventInput): Result<ValidatedEvent>;
  /** filter.compile. */
  compileFilter(input: CompileFilterInput): Result<CompiledFilterInfo>;
  /** filter.match. */
  match(input: MatchInput): Result<MatchResult>;
  /** payload.build: the HTTP request one hook receives for 1..batch_max events. */
  buildRequest(input: BuildRequestInput): Result<HttpRequest>;
  /** sign.sign. */
  sign(input: SignInput): Result<SignResult>;
  /** sign.verify. */
  verify(input: VerifyInput): Result<VerifyOutcome>;
  /** sign.generate_secret. */
  generateSecret(input: GenerateSecretInput): Result<GeneratedSecret>;
  /** sign.encrypt_legacy: Base64(RC4(key, data)) — insecure, MailUp compatibility only. */
  encryptLegacy(input: LegacyCipherInput): Result<LegacyCipherResult>;
  /** sign.decrypt_legacy. */
  decryptLegacy(input: LegacyCipherInput): Result<LegacyCipherResult>;
  /** sign.sha256 of the UTF-8 bytes of data. */
  sha256(input: Sha256Input): Result<Sha256Result>;
  /** sign.hmac_sha256 of the UTF-8 bytes of key and data. */
  hmacSha256(input: HmacSha256Input): Result<HmacSha256Result>;
  /** retry.classify. */
  classify(input: ClassifyInput): Result<AttemptOutcome>;
  /** retry.plan. */
  planRetry(input: PlanRetryInput): Result<RetryPlan>;
  /** retry.preview. */
  previewSchedule(input: PreviewScheduleInput): Result<RetrySchedule>;
  /** retry.presets. */
  retryPresets(input?: Record<string, never>): Result<{ presets: RetryPreset[] }>;
  /** retry.deactivation: a hook's health after an event. */
  recordHealthEvent(input: RecordHealthEventInput): Result<HealthUpdate>;
  /** retry.buffer: deliver, buffer or drop an event received for a hook. */
  bufferDecision(input: BufferDecisionInput): Result<BufferDecisionResult>;
  /** samples.operations. */
  operations(input?: Record<string, never>): Result<Operation[]>;
  /** samples.openapi. */
  openapi(input?: Record<string, never>): Result<OpenApiDocument>;
  /** samples.targets. */
  sampleTargets(input?: Record<string, never>): Result<SampleTarget[]>;
  /** samples.generate. */
  sample(input: SampleInput): Result<Sample>;

  /** Verifies an incoming webhook request with sign.verify. Never throws for bad input. */
  verifyWebhook(options: VerifyWebhookOptions): Result<VerifyOutcome>;
}
