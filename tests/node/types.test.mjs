// node/index.d.ts against the package: tests/node/types/usage.ts is type-checked by `tsc`
// (strict, library files included) in a scratch project where `hookwork` is node/, then the
// emitted JavaScript runs against the built package. Also: the declared function names are
// exactly the package's.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

import { FUNCTION_NAMES, load } from '../../node/index.js';
import { repoRoot } from '../support/native.mjs';

const run = promisify(execFile);

test('the FunctionNames and Hookwork types name exactly the functions the package has', async () => {
  const types = await readFile(join(repoRoot, 'web', 'types.d.ts'), 'utf8');
  const block = (name) => types.slice(types.indexOf(`export interface ${name} {`), types.indexOf('\n}\n', types.indexOf(`export interface ${name} {`)));
  const declaredNames = Object.fromEntries([...block('FunctionNames').matchAll(/readonly (\w+): '([\w.]+)'/g)].map((m) => [m[1], m[2]]));
  assert.deepEqual(declaredNames, { ...FUNCTION_NAMES });
  const hw = await load();
  const methods = [...block('Hookwork').matchAll(/^ {2}(\w+)(?:<[^>]*>)?\(/gm)].map((m) => m[1]).sort();
  const runtime = Object.keys(hw).filter((k) => typeof hw[k] === 'function').sort();
  assert.deepEqual(methods, runtime);
});

test('tsc accepts tests/node/types/usage.ts in strict mode, and the emitted code runs', async () => {
  await mkdir(join(repoRoot, 'build'), { recursive: true });
  const dir = await mkdtemp(join(repoRoot, 'build', 'types-check-'));
  try {
    await mkdir(join(dir, 'node_modules'));
    await symlink(join(repoRoot, 'node'), join(dir, 'node_modules', 'hookwork'), 'dir');
    await copyFile(join(repoRoot, 'tests', 'node', 'types', 'usage.ts'), join(dir, 'usage.ts'));
    await writeFile(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext',
        types: ['node'], skipLibCheck: false, noUnusedLocals: true, outDir: '.' },
      files: ['usage.ts'],
    }));
    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      await run(process.execPath, [tsc, '-p', dir], { cwd: dir, timeout: 180_000 });
    } catch (e) {
      assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
    }
    const { stdout } = await run(process.execPath, [join(dir, 'usage.js')], { cwd: dir, timeout: 60_000 });
    assert.equal(stdout.trim(), 'types ok');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
