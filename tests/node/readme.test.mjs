// node/README.md's examples can never rot: every ```js block is written to a file of its own
// and run by Node against the built package (`import ... from 'hookwork'` resolves to node/
// through a node_modules link), and it must exit 0 — the examples assert what they show.
// The README must also show every function of the package in at least one example.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';

import { FUNCTION_NAMES, load } from '../../node/index.js';
import { repoRoot } from '../support/native.mjs';

const run = promisify(execFile);
const readme = await readFile(join(repoRoot, 'node', 'README.md'), 'utf8');

// [{line, code}] of every ```js block.
const examples = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => ({
  line: readme.slice(0, m.index).split('\n').length,
  code: m[1],
}));

let dir;
before(async () => {
  // Inside the repository, so the examples' other imports (express, fastify) resolve too.
  await mkdir(join(repoRoot, 'build'), { recursive: true });
  dir = await mkdtemp(join(repoRoot, 'build', 'readme-examples-'));
  await mkdir(join(dir, 'node_modules'));
  await symlink(join(repoRoot, 'node'), join(dir, 'node_modules', 'hookwork'), 'dir');
});
after(() => rm(dir, { recursive: true, force: true }));

test('node/README.md has examples, each an ES module importing the package', () => {
  assert.ok(examples.length >= 20, `only ${examples.length} examples`);
  for (const { line, code } of examples) assert.match(code, /from 'hookwork'/, `example at README.md:${line}`);
});

test('every function of the package appears in an example', async () => {
  const hw = await load();
  const all = examples.map((e) => e.code).join('\n');
  const names = [...Object.keys(FUNCTION_NAMES), 'verifyWebhook', 'call', 'callText', 'functions'];
  for (const name of names) {
    assert.equal(typeof hw[name], 'function', name);
    assert.match(all, new RegExp(`\\bhw\\.${name}\\(`), `no example calls hw.${name}()`);
  }
  for (const name of ['load', 'readRawBody', 'FUNCTION_NAMES']) assert.match(all, new RegExp(`\\b${name}\\b`), name);
});

for (const [i, { line, code }] of examples.entries()) {
  test(`README.md:${line} runs`, async () => {
    const file = join(dir, `example-${String(i).padStart(2, '0')}-line-${line}.mjs`);
    await writeFile(file, code);
    try {
      await run(process.execPath, [file], { cwd: dir, timeout: 60_000 });
    } catch (e) {
      assert.fail(`README.md:${line} failed (exit ${e.code}${e.signal ? `, ${e.signal}` : ''}):\n${e.stderr || e.message}`);
    }
  });
}
