// The API's operations as the page uses them, read from core's operation list (samples.operations),
// and the HTTP request an operation + typed values make (the "Run" button). Field names of the list
// are read tolerantly (`in`/`where`, `name`/`id`) so the page follows the core, not the reverse.
export function normalizeOperation(raw) {
  const path = raw.path || raw.path_template || '';
  const params = (raw.parameters || raw.params || []).map((p) => ({
    name: p.name,
    type: p.type || (p.schema && p.schema.type) || 'string',
    required: Boolean(p.required),
    in: bodyOr(p.in || p.where || p.location),
    description: p.description || '',
    example: p.example,
    enum: p.enum || (p.schema && p.schema.enum) || null,
    format: p.format || null,
  }));
  const name = raw.name || raw.id || raw.operationId;
  return {
    name,
    summary: raw.summary || raw.description || '',
    method: String(raw.method || 'GET').toUpperCase(),
    path,
    surface: raw.surface || (path.startsWith('/webservice') ? 'function' : 'rest'),
    params,
    success: raw.success_status || raw.success || null,
    writesHook: /^(create|update)_?web_?hook$/i.test(name || ''),
  };
}

// Form text → typed value for the core and the request; {error} when the text can't be that type.
export function typedValue(param, text) {
  if (text === undefined || text === null || text === '') return { absent: true };
  switch (param.type) {
    case 'integer':
    case 'number': {
      const n = Number(text);
      return Number.isFinite(n) && String(text).trim() !== '' ? { value: n } : { error: 'must be a number' };
    }
    case 'boolean':
      if (text === 'true' || text === '1') return { value: true };
      if (text === 'false' || text === '0') return { value: false };
      return { error: 'must be true or false' };
    case 'object':
    case 'array':
      try { return { value: JSON.parse(text) }; } catch { return { error: `must be JSON (${param.type})` }; }
    default:
      return { value: String(text) };
  }
}

// Every parameter's typed value from the form's texts: {values, errors:[{field, code, message}]}.
export function typedValues(op, texts) {
  const values = {};
  const errors = [];
  for (const param of op.params) {
    const t = typedValue(param, texts[param.name]);
    if (t.error) errors.push({ field: param.name, code: 'invalid_type', message: t.error });
    else if (!t.absent) values[param.name] = t.value;
  }
  return { values, errors };
}

// The body parameters as one JSON object: the request body, and for create/update the hook validate.hook takes.
export function bodyFromValues(op, values) {
  const bodyParams = op.params.filter((p) => p.in === 'body');
  if (bodyParams.length === 1 && bodyParams[0].name === 'body') return values.body || {};
  const hook = {};
  for (const p of bodyParams) if (p.name in values) hook[p.name] = values[p.name];
  return hook;
}

// {method, path, headers, body} for a same-origin fetch.
export function requestFor(op, values, apiKey) {
  let path = op.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(values[name] ?? ''));
  const query = new URLSearchParams();
  const headers = {};
  for (const p of op.params) {
    if (!(p.name in values)) continue;
    const v = values[p.name];
    const text = typeof v === 'object' ? JSON.stringify(v) : String(v);
    if (p.in === 'query') query.append(p.name, text);
    else if (p.in === 'header') headers[p.name] = text;
  }
  const q = query.toString();
  if (q) path += `?${q}`;
  if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
  let body;
  if (op.params.some((p) => p.in === 'body') || (op.method !== 'GET' && op.method !== 'DELETE')) {
    const hasBody = op.params.some((p) => p.in === 'body' && p.name in values);
    if (hasBody || op.method === 'POST' || op.method === 'PUT') {
      body = JSON.stringify(bodyFromValues(op, values));
      headers['Content-Type'] = 'application/json';
    }
  }
  return { method: op.method, path, headers, body };
}

// Form-encoded and JSON bodies are both "body" to the page.
function bodyOr(where) {
  return ['path', 'query', 'header'].includes(where) ? where : 'body';
}
