// Playground benchmark (issue 8): time to first render and bytes a browser downloads, next to
// peers loaded in the same run, the same way, from the same server (ratios, docs/benchmarks.md
// "Playground"). Goals: first render under 1 s on the local runner; page + WASM under 600 KiB gzip.
//
//   scripts/build-wasm.sh && scripts/build-playground.sh     # build/playground/
//   node bench/playground_bench.mjs [--loads N] [--gzip] [--runner] [--runner-encodings E,...]
//                                   [--baseline DIR] [--json] [--timeout S]
//
// Variants, each loaded N times in a fresh browser context (empty cache, no service worker),
// round-robin so that load on the shared machine spreads over all of them:
//   playground      build/playground/ from a node:http static server on 127.0.0.1 (port 0);
//                   "ready" = the page's own performance mark `hookwork-ready` (main.js: core
//                   loaded, every panel rendered once, body[data-ready=true]); also the moment
//                   #sample-code first shows text, when that text is painted (Element Timing:
//                   the goal's "first render"), the 2nd animation frame after it was shown (this
//                   bench's measure before Element Timing), and the
//                   page's mark `hookwork-first-render` (the panels at the top rendered; main.js
//                   starts the ones below the fold after that frame).
//   peer: same bytes, no wasm   the bare page (index.html without its module script) plus one
//                   inline script that fetch()es every file the playground downloaded (same
//                   URLs, same bytes) as ArrayBuffers, then marks `peer-ready`: the transfer
//                   without compiling the WASM, evaluating the modules or building the panels.
//   peer: bare page  index.html without its script and the CSS: "ready" = first contentful paint.
//   runner (--runner)  the playground served by the real `hookwork serve` (built by cmake, not
//                   here) on port 0 with a temp SQLite file: the goal's "local runner".
//   runner, Accept-Encoding X (--runner-encodings gzip,identity): the same runner, the browser
//                   offering only X (an extra request header): what the on-the-fly Brotli costs.
//   baseline (--baseline DIR)  another assembled playground (e.g. a copy of build/playground/ from
//                   before a change) from the same static server under /baseline/, and with
//                   --runner from a second `hookwork serve`: before/after in one run.
// The peers are made from index.html without its module script and without the build's
// <link rel=preload|modulepreload> lines (scripts/build-playground.sh), so they fetch nothing else.
// Bytes: every response of a playground load, raw (file size) and `gzip -9 -c FILE | wc -c`
// summed per file; with --gzip the static server also sends them gzip-encoded: the FILE.gz that
// scripts/build-playground.sh wrote next to the file (as a server of precompressed assets would),
// else zlib level 9 once.
// Bounded: every wait has a timeout, the whole run stops after --timeout seconds (default 180);
// the servers, the runner and the browser are closed on every path.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

import { PLAYGROUND_DIR, RUNNER_BIN } from '../tests/playground/support/paths.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[i + 1] : fallback;
};
const LOADS = Number(opt('loads', 10));
const GZIP = argv.includes('--gzip');
const WITH_RUNNER = argv.includes('--runner');
const AS_JSON = argv.includes('--json');
const TIMEOUT_S = Number(opt('timeout', 180));
const BASELINE_DIR = opt('baseline', null) && path.resolve(opt('baseline', null));
const BASELINE_PREFIX = '/baseline';
const RUNNER_ENCODINGS = (opt('runner-encodings', '') || '').split(',').map((e) => e.trim()).filter(Boolean);
const GOAL_MS = 1000;
const GOAL_GZIP_BYTES = 600 * 1024;

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
};

if (!fs.existsSync(path.join(PLAYGROUND_DIR, 'index.html'))) {
  console.error(`playground_bench: ${PLAYGROUND_DIR}/index.html missing: run scripts/build-wasm.sh && scripts/build-playground.sh`);
  process.exit(2);
}
if (BASELINE_DIR && !fs.existsSync(path.join(BASELINE_DIR, 'index.html'))) {
  console.error(`playground_bench: --baseline ${BASELINE_DIR}/index.html missing`);
  process.exit(2);
}

// ---- the pages -------------------------------------------------------------------------------
const INDEX = fs.readFileSync(path.join(PLAYGROUND_DIR, 'index.html'), 'utf8');
const MODULE_SCRIPT = /<script\s+type="module"[^>]*><\/script>\s*/g;
if (!/<script\s+type="module"[^>]*><\/script>/.test(INDEX)) throw new Error('index.html has no <script type="module" src=…> to strip');
const PRELOAD_LINK = /^[ \t]*<link\s+rel="(?:module)?preload"[^>]*>[ \t]*\r?\n?/gm;
const BARE = INDEX.replace(MODULE_SCRIPT, '').replace(PRELOAD_LINK, '');
// Filled after the first playground load: the exact URL paths the playground downloaded.
let assetPaths = [];
const samebytesPage = () => BARE.replace('</body>', `<script>
(async () => {
  const paths = ${JSON.stringify(assetPaths.filter((p) => p !== '/' && p !== '/index.html' && !p.endsWith('.css')))};
  let bytes = 0;
  for (const buf of await Promise.all(paths.map((p) => fetch(p).then((r) => r.arrayBuffer())))) bytes += buf.byteLength;
  document.getElementById('status').textContent = 'Fetched ' + paths.length + ' files, ' + bytes + ' bytes.';
  document.body.dataset.ready = 'true';
  performance.mark('peer-ready');
})();
</script>
</body>`);

// ---- a static server: build/playground/ plus the peer pages, from memory ---------------------
// Files are read once (disk is not what is measured) and, with --gzip, compressed once.
const cache = new Map();
function fileEntry(urlPath) {
  if (cache.has(urlPath)) return cache.get(urlPath);
  let root = path.resolve(PLAYGROUND_DIR);
  let rel = urlPath;
  if (BASELINE_DIR && (urlPath === BASELINE_PREFIX || urlPath.startsWith(`${BASELINE_PREFIX}/`))) {
    root = BASELINE_DIR;
    rel = urlPath.slice(BASELINE_PREFIX.length) || '/';
  }
  let file = path.resolve(root, `.${rel}`);
  if (!file.startsWith(root)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) return null;
  const body = fs.readFileSync(file);
  const gz = fs.existsSync(`${file}.gz`) ? fs.readFileSync(`${file}.gz`) : null;
  const entry = { file, body, gz, type: TYPES[path.extname(file)] || 'application/octet-stream' };
  cache.set(urlPath, entry);
  return entry;
}
const gzipped = new Map();
function send(req, res, body, type, precompressed = null) {
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' };
  if (GZIP && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    if (!gzipped.has(body)) gzipped.set(body, precompressed || zlib.gzipSync(body, { level: 9 }));
    body = gzipped.get(body);
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers).end(body);
}
async function startServer() {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/peer-bare.html') return send(req, res, Buffer.from(BARE), TYPES['.html']);
    if (pathname === '/peer-samebytes.html') return send(req, res, Buffer.from(samebytesPage()), TYPES['.html']);
    const entry = fileEntry(decodeURIComponent(pathname));
    if (!entry) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
    send(req, res, entry.body, entry.type, entry.gz);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

// ---- one load in a fresh context -------------------------------------------------------------
// Marks taken inside the page, relative to navigation start (performance.now()).
const INSTRUMENT = () => {
  window.__bench = {};
  const seen = () => {
    const code = document.getElementById('sample-code');
    if (code && code.textContent && window.__bench.sample === undefined) {
      window.__bench.sample = performance.now();
      window.__bench.sampleState = code.dataset.state;  // 'ok': a program; 'error': "Fill the form…"
      requestAnimationFrame(() => requestAnimationFrame(() => { window.__bench.sampleNextFrame = performance.now(); }));
    }
  };
  // When the sample text is painted: Element Timing (renderTime of the frame that first showed the
  // text of #sample-code). The attribute is set before any page script runs (deferred module
  // scripts run after readyState becomes "interactive"), on every variant alike.
  document.addEventListener('readystatechange', () => {
    const code = document.getElementById('sample-code');
    if (document.readyState === 'interactive' && code) code.setAttribute('elementtiming', 'sample-code');
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.identifier === 'sample-code' && window.__bench.samplePainted === undefined) {
        window.__bench.samplePainted = e.renderTime || e.loadTime;
      }
    }
  }).observe({ type: 'element', buffered: true });
  const previewSeen = () => {
    const out = document.getElementById('preview-output');
    if (out && out.dataset.state === 'ok' && window.__bench.preview === undefined) window.__bench.preview = performance.now();
  };
  new MutationObserver(() => { seen(); previewSeen(); })
    .observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-state'] });
};

async function loadOnce(browser, url, { ready, collect = false, headers }) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, extraHTTPHeaders: headers });
  context.setDefaultTimeout(15000);
  try {
    const page = await context.newPage();
    await page.addInitScript(INSTRUMENT);
    const problems = [];
    const responses = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      const p = new URL(r.url()).pathname;
      if (r.status() >= 400 && p !== '/healthz') problems.push(`HTTP ${r.status()} ${r.url()}`);
      if (collect && r.status() < 400) responses.push(r);
    });
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    if (ready === 'fcp') {
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    } else {
      await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.body.dataset.ready === 'error');
      const state = await page.evaluate(() => document.body.dataset.ready);
      if (state !== 'true') throw new Error(`${url}: page failed to start: ${await page.textContent('#status')}`);
    }
    if (ready === 'hookwork-ready') {
      await page.waitForFunction(() => window.__bench.samplePainted !== undefined && window.__bench.sampleNextFrame !== undefined
        && window.__bench.preview !== undefined);
    }
    const wallMs = Date.now() - t0;
    const m = await page.evaluate((mark) => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const readyMark = mark === 'fcp' ? fcp : performance.getEntriesByName(mark)[0];
      const res = performance.getEntriesByType('resource');
      const wasm = res.find((r) => r.name.endsWith('.wasm'));
      const scripts = res.filter((r) => /\.m?js$/.test(new URL(r.name).pathname));
      return { ready: readyMark?.startTime, fcp: fcp?.startTime, dcl: nav.domContentLoadedEventEnd,
        wasmStart: wasm?.startTime, wasmEnd: wasm?.responseEnd,
        scriptsEnd: scripts.length ? Math.max(...scripts.map((r) => r.responseEnd)) : undefined,
        load: nav.loadEventEnd, firstRender: performance.getEntriesByName('hookwork-first-render')[0]?.startTime,
        sample: window.__bench.sample, samplePainted: window.__bench.samplePainted, sampleNextFrame: window.__bench.sampleNextFrame,
        sampleState: window.__bench.sampleState, preview: window.__bench.preview };
    }, ready);
    let transfers = [];
    if (collect) {
      transfers = await Promise.all(responses.map(async (r) => {
        const sizes = await r.request().sizes().catch(() => null);
        return { path: new URL(r.url()).pathname, status: r.status(), encoded: sizes ? sizes.responseBodySize : null,
          headers: sizes ? sizes.responseHeadersSize : null };
      }));
    }
    if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
    return { ...m, wallMs, transfers };
  } finally {
    await context.close();
  }
}

// ---- bytes -----------------------------------------------------------------------------------
const gzip9 = (file) => execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 64 << 20 }).length;
function byteTable(paths) {
  const rows = [];
  for (const p of paths) {
    const entry = fileEntry(p);
    if (!entry) continue;  // e.g. /healthz
    rows.push({ path: p, raw: entry.body.length, gzip9: gzip9(entry.file) });
  }
  const sum = (k, f = () => true) => rows.filter(f).reduce((n, r) => n + r[k], 0);
  const isWasm = (r) => r.path.endsWith('.wasm');
  return { rows, raw: sum('raw'), gzip9: sum('gzip9'), wasmRaw: sum('raw', isWasm), wasmGzip9: sum('gzip9', isWasm),
    files: rows.length };
}
function folderBytes(dir) {
  let raw = 0; let gz = 0; let files = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (e.name.endsWith('.gz') && fs.existsSync(f.slice(0, -3))) continue;  // build-playground.sh's copies
      else { raw += fs.statSync(f).size; gz += gzip9(f); files += 1; }
    }
  };
  walk(dir);
  return { raw, gzip9: gz, files };
}

// ---- statistics --------------------------------------------------------------------------------
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pick = (xs, k) => xs.map((x) => x[k]);
const summary = (loads) => ({
  n: loads.length,
  ready: median(pick(loads, 'ready')), readyMin: Math.min(...pick(loads, 'ready')), readyMax: Math.max(...pick(loads, 'ready')),
  fcp: median(pick(loads, 'fcp')), dcl: median(pick(loads, 'dcl')), load: median(pick(loads, 'load')),
  preview: median(pick(loads, 'preview')), firstRender: median(pick(loads, 'firstRender')),
  wasmStart: median(pick(loads, 'wasmStart')), wasmEnd: median(pick(loads, 'wasmEnd')), scriptsEnd: median(pick(loads, 'scriptsEnd')),
  sample: median(pick(loads, 'sample')), samplePainted: median(pick(loads, 'samplePainted')),
  sampleNextFrame: median(pick(loads, 'sampleNextFrame')), wall: median(pick(loads, 'wallMs')),
  sampleStates: [...new Set(pick(loads, 'sampleState').filter(Boolean))].join('/'),
});

// ---- the run -----------------------------------------------------------------------------------
let browser; let server; let runner; let baselineRunner;
const watchdog = setTimeout(async () => {
  console.error(`playground_bench: stopped after ${TIMEOUT_S} s`);
  await cleanup();
  process.exit(3);
}, TIMEOUT_S * 1000);
async function cleanup() {
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
  await runner?.stop().catch(() => {});
  await baselineRunner?.stop().catch(() => {});
  browser = server = runner = baselineRunner = undefined;
}

try {
  server = await startServer();
  if (WITH_RUNNER) {
    if (!fs.existsSync(RUNNER_BIN)) throw new Error(`--runner: ${RUNNER_BIN} missing (cmake --build --preset release)`);
    const { startRunner } = await import('../tests/playground/support/runner.mjs');
    runner = await startRunner();
    if (BASELINE_DIR) baselineRunner = await startRunner({ playgroundDir: BASELINE_DIR });
  }
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });

  // A first, untimed playground load: it names the assets (for the same-bytes peer and the byte
  // sums) and warms what is shared between contexts (the browser process, the server's memory).
  const probe = await loadOnce(browser, `${server.origin}/`, { ready: 'hookwork-ready', collect: true });
  assetPaths = [...new Set(probe.transfers.map((t) => t.path))];
  await loadOnce(browser, `${server.origin}/peer-samebytes.html`, { ready: 'peer-ready' });
  const runnerProbe = runner ? await loadOnce(browser, `${runner.origin}/`, { ready: 'hookwork-ready', collect: true }) : null;
  if (BASELINE_DIR) await loadOnce(browser, `${server.origin}${BASELINE_PREFIX}/`, { ready: 'hookwork-ready' });
  if (baselineRunner) await loadOnce(browser, `${baselineRunner.origin}/`, { ready: 'hookwork-ready' });

  const variants = [
    { key: 'playground', label: 'playground (static server)', url: `${server.origin}/`, ready: 'hookwork-ready' },
    { key: 'samebytes', label: 'peer: same bytes, no wasm', url: `${server.origin}/peer-samebytes.html`, ready: 'peer-ready' },
    { key: 'bare', label: 'peer: bare page, no script', url: `${server.origin}/peer-bare.html`, ready: 'fcp' },
  ];
  if (runner) variants.push({ key: 'runner', label: 'playground (hookwork serve)', url: `${runner.origin}/`, ready: 'hookwork-ready' });
  if (runner) {
    for (const enc of RUNNER_ENCODINGS) {
      variants.push({ key: `runner_${enc}`, label: `playground (hookwork serve, Accept-Encoding: ${enc})`,
        url: `${runner.origin}/`, ready: 'hookwork-ready', headers: { 'Accept-Encoding': enc } });
    }
  }
  if (BASELINE_DIR) {
    variants.push({ key: 'baseline', label: `baseline ${path.basename(BASELINE_DIR)} (static server)`,
      url: `${server.origin}${BASELINE_PREFIX}/`, ready: 'hookwork-ready' });
  }
  if (baselineRunner) {
    variants.push({ key: 'baselineRunner', label: `baseline ${path.basename(BASELINE_DIR)} (hookwork serve)`,
      url: `${baselineRunner.origin}/`, ready: 'hookwork-ready' });
  }
  const loads = Object.fromEntries(variants.map((v) => [v.key, []]));
  for (let i = 0; i < LOADS; i++) {
    for (const v of variants) loads[v.key].push(await loadOnce(browser, v.url, { ready: v.ready, headers: v.headers }));
  }

  const bytes = byteTable(assetPaths);
  const folder = folderBytes(PLAYGROUND_DIR);
  const encodedOf = (p) => p.transfers.filter((t) => t.path !== '/healthz').reduce((n, t) => n + (t.encoded ?? 0), 0);
  const encodedSum = encodedOf(probe);
  const runnerEncodedSum = runnerProbe ? encodedOf(runnerProbe) : null;
  const runnerWasm = runnerProbe?.transfers.find((t) => t.path.endsWith('.wasm'));
  const stats = Object.fromEntries(variants.map((v) => [v.key, summary(loads[v.key])]));
  const result = {
    date: new Date().toISOString(), node: process.version, chromium: browser.version(), loads: LOADS, gzip: GZIP,
    playgroundDir: PLAYGROUND_DIR, stats, bytes, folder, encodedSum, runnerEncodedSum, runnerWasmEncoded: runnerWasm?.encoded,
    ratios: {
      playgroundVsSameBytes: stats.playground.ready / stats.samebytes.ready,
      playgroundVsBare: stats.playground.ready / stats.bare.ready,
      playgroundVsBaseline: stats.baseline ? stats.playground.ready / stats.baseline.ready : undefined,
      runnerVsBaselineRunner: stats.baselineRunner ? stats.runner.ready / stats.baselineRunner.ready : undefined,
    },
    goals: {
      firstRenderMs: GOAL_MS, firstRenderMet: (stats.runner ?? stats.playground).samplePainted < GOAL_MS,
      gzipBytes: GOAL_GZIP_BYTES, gzipMet: bytes.gzip9 < GOAL_GZIP_BYTES,
    },
  };

  if (AS_JSON) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)}` : '—');
    const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`# Chromium ${result.chromium}, Node ${process.version}, ${LOADS} fresh loads per variant, gzip ${GZIP ? 'on' : 'off'}`);
    console.log('# medians in ms after navigation start; ready = the variant\'s ready point (see the header of this file)\n');
    console.log('| variant | ready (min..max) | first contentful paint | DOMContentLoaded | mark hookwork-first-render | sample code shown | sample code painted | 2nd frame after shown | signed preview shown | wall (goto → ready) |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const v of variants) {
      const s = stats[v.key];
      console.log(`| ${v.label} | ${ms(s.ready)} (${ms(s.readyMin)}..${ms(s.readyMax)}) | ${ms(s.fcp)} | ${ms(s.dcl)} | ${ms(s.firstRender)} | ${ms(s.sample)} | ${ms(s.samplePainted)} | ${ms(s.sampleNextFrame)} | ${ms(s.preview)} | ${ms(s.wall)} |`);
    }
    console.log('\n| variant | .wasm request starts | .wasm received | last script received | ready |');
    console.log('|---|---:|---:|---:|---:|');
    for (const v of variants) {
      const s = stats[v.key];
      if (Number.isFinite(s.wasmEnd)) console.log(`| ${v.label} | ${ms(s.wasmStart)} | ${ms(s.wasmEnd)} | ${ms(s.scriptsEnd)} | ${ms(s.ready)} |`);
    }
    const states = variants.filter((v) => stats[v.key].sampleStates).map((v) => `${v.key}: ${stats[v.key].sampleStates}`);
    console.log(`\n#sample-code state when its text first appeared (ok = a program): ${states.join(', ')}`);
    console.log(`ratio playground ready / same-bytes peer ready: ${result.ratios.playgroundVsSameBytes.toFixed(2)}x`);
    console.log(`ratio playground ready / bare page first paint: ${result.ratios.playgroundVsBare.toFixed(2)}x`);
    if (stats.baseline) console.log(`ratio playground ready / baseline ready (static server): ${result.ratios.playgroundVsBaseline.toFixed(2)}x`);
    if (stats.baselineRunner) console.log(`ratio playground ready / baseline ready (hookwork serve): ${result.ratios.runnerVsBaselineRunner.toFixed(2)}x`);
    console.log(`\n| file the page downloaded | raw bytes | gzip -9 bytes |`);
    console.log('|---|---:|---:|');
    for (const r of bytes.rows) console.log(`| ${r.path} | ${r.raw} | ${r.gzip9} |`);
    console.log(`| **total, ${bytes.files} files** | **${bytes.raw}** (${kib(bytes.raw)}) | **${bytes.gzip9}** (${kib(bytes.gzip9)}) |`);
    console.log(`\nof which WASM: ${bytes.wasmRaw} raw, ${bytes.wasmGzip9} gzip -9; whole build/playground folder: ${folder.files} files, ${folder.raw} raw, ${folder.gzip9} gzip -9`);
    console.log(`bodies as Chromium received them from the static server (${GZIP ? 'gzip-encoded' : 'identity'}): ${encodedSum} bytes`);
    if (runnerProbe) {
      console.log(`bodies as Chromium received them from hookwork serve (its own Content-Encoding): ${runnerEncodedSum} bytes, of which .wasm ${runnerWasm?.encoded}`);
    }
    console.log(`goal first render < ${GOAL_MS} ms (${stats.runner ? 'runner' : 'static server'}, sample code painted, Element Timing): ${result.goals.firstRenderMet ? 'met' : 'NOT met'}`);
    console.log(`goal page + WASM < ${GOAL_GZIP_BYTES} bytes gzip: ${result.goals.gzipMet ? 'met' : 'NOT met'}`);
  }
} catch (err) {
  console.error(`playground_bench: ${err && err.stack || err}`);
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
