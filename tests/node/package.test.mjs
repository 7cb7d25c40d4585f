// The npm package as users get it: `npm pack` of node/, installed offline from the tarball
// into a temporary project, imported by a script that signs and verifies.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { repoRoot } from '../support/native.mjs';

const npm = (args, cwd, cache) => execFileSync('npm', [...args, '--cache', cache, '--no-audit', '--no-fund',
  '--loglevel=error'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

test('npm pack -> offline install of the tarball -> a script imports hookwork and signs', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hookwork-pack-'));
  try {
    const cache = join(dir, 'npm-cache');
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], join(repoRoot, 'node'), cache));
    assert.deepEqual(packed.files.map((f) => f.path).sort(), ['README.md', 'dist/api.js', 'dist/hookwork.js',
      'dist/hookwork.wasm', 'dist/types.d.ts', 'fast_path.js', 'index.d.ts', 'index.js', 'package.json']);

    const project = join(dir, 'project');
    execFileSync('mkdir', [project]);
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(['install', '--offline', join(dir, packed.filename)], project, cache);
    assert.ok((await readdir(join(project, 'node_modules'))).includes('hookwork'));

    await writeFile(join(project, 'sign.mjs'), `
      import { load } from 'hookwork';
      const hw = await load();
      const input = { scheme: 'v1', secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
        id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: '{"test": 2432232314}' };
      const signed = hw.sign(input);
      const headers = Object.fromEntries((signed.value.headers ?? signed.value).map((h) => [h.name, h.value]));
      const verified = hw.verifyWebhook({ scheme: 'v1', secrets: input.secrets, headers, body: input.body, now: 1614265330 });
      console.log(JSON.stringify({ headers, valid: verified.value.valid }));
    `);
    const out = JSON.parse(execFileSync(process.execPath, ['sign.mjs'], { cwd: project, encoding: 'utf8' }));
    const signature = Object.entries(out.headers).find(([name]) => name.toLowerCase() === 'webhook-signature')[1];
    assert.equal(signature, 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    assert.equal(out.valid, true);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
