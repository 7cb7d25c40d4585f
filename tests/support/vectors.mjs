// The JavaScript twin of tests/support/vectors.cpp, for the Node and Chromium hosts
// (plain ES module, no Node imports). Vector files are read without losing anything the
// native loader keeps: numbers stay as their source text (JSON.parse would round 2^63 or
// 1e400), objects are Maps (a "__proto__" key stays a key), and the generators $repeat and
// $nest expand exactly as the C++ loader does. Input text is then written back as JSON.

class RawNumber {
  constructor(text) { this.text = text; }
}

// {"$nest": n, "key": k, "leaf": v} expanded lazily: written iteratively, so any depth works.
class Nest {
  constructor(depth, key, leaf) { Object.assign(this, { depth, key, leaf }); }
}

export function parseLossless(text) {
  let i = 0;
  const ws = () => { while (i < text.length && ' \t\r\n'.includes(text[i])) i++; };
  const fail = (what) => { throw new SyntaxError(`vector JSON: ${what} at offset ${i}`); };
  const literal = (word, value) => {
    if (text.startsWith(word, i)) { i += word.length; return value; }
    return fail(`unexpected '${text[i]}'`);
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('unterminated string');
    return JSON.parse(text.slice(start, ++i));
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const map = new Map();
      ws();
      if (text[i] === '}') { i++; return map; }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key');
        const key = string();
        ws();
        if (text[i++] !== ':') fail("expected ':'");
        map.set(key, value());
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i++] === '}') return map;
        fail("expected ',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      const arr = [];
      ws();
      if (text[i] === ']') { i++; return arr; }
      for (;;) {
        arr.push(value());
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i++] === ']') return arr;
        fail("expected ',' or ']'");
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 512));
    if (!m) fail(`unexpected '${c}'`);
    i += m[0].length;
    return new RawNumber(m[0]);
  };
  const v = value();
  ws();
  if (i !== text.length) fail('trailing text');
  return v;
}

const isObject = (v) => v instanceof Map;
const num = (v) => Number(v instanceof RawNumber ? v.text : v);

// Same rules as hookwork::test::expand_generators.
export function expandGenerators(v) {
  if (isObject(v)) {
    if (v.has('$repeat') && v.has('count') && v.size === 2) return v.get('$repeat').repeat(num(v.get('count')));
    if (v.has('$nest') && v.has('key') && v.has('leaf') && v.size === 3) {
      return new Nest(num(v.get('$nest')), v.get('key'), expandGenerators(v.get('leaf')));
    }
    const out = new Map();
    for (const [k, e] of v) out.set(k, expandGenerators(e));
    return out;
  }
  if (Array.isArray(v)) return v.map(expandGenerators);
  return v;
}

export function writeJson(v) {
  if (v === null || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof RawNumber) return v.text;
  if (v instanceof Nest) {
    const open = `{${JSON.stringify(v.key)}:`;
    return open.repeat(v.depth) + writeJson(v.leaf) + '}'.repeat(v.depth);
  }
  if (Array.isArray(v)) return `[${v.map(writeJson).join(',')}]`;
  if (isObject(v)) return `{${[...v].map(([k, e]) => `${JSON.stringify(k)}:${writeJson(e)}`).join(',')}}`;
  throw new TypeError(`vector JSON: cannot write ${typeof v}`);
}

// Every case of one vector file: {file, name, fn, inputText}, in file order.
export function vectorCases(file, text) {
  const doc = parseLossless(text);
  return doc.get('cases').map((c) => ({
    file,
    name: c.get('name'),
    fn: c.get('fn'),
    inputText: writeJson(expandGenerators(c.has('input') ? c.get('input') : new Map())),
  }));
}
