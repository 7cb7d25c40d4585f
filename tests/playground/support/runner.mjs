// The real runner binary on 127.0.0.1 port 0 with a temp SQLite file and this build's playground,
// plus an account created at start (--bootstrap-account) and its API key; stopped (SIGTERM) by the test.
// `playgroundDir` serves another assembled playground (bench/playground_bench.mjs --baseline).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RUNNER_BIN, PLAYGROUND_DIR } from './paths.mjs';

export const ACCOUNT = 'demo';

export async function startRunner({ playgroundDir = PLAYGROUND_DIR } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hookwork-playground-runner-'));
  const store = `sqlite:${path.join(dir, 'hookwork.db')}`;
  const child = spawn(RUNNER_BIN, ['serve', '--listen', '127.0.0.1:0', '--store', store,
    '--playground-dir', playgroundDir, '--bootstrap-account', ACCOUNT], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let apiKey;
  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`runner did not report its address:\n${output}`)), 15000);
    const onData = (chunk) => {
      output += chunk;
      const key = output.match(/API key[^:]*: (\S+)/);
      if (key) apiKey = key[1];
      const m = output.match(/listening on (http:\/\/[0-9.:]+)/);
      if (m && apiKey) { clearTimeout(timer); resolve(m[1]); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`runner exited ${code}:\n${output}`)); });
  });
  child.stdout.resume();
  child.stderr.resume();

  const api = async (method, apiPath, body) => {
    const res = await fetch(`${origin}/v1/${ACCOUNT}${apiPath}`, {
      method,
      headers: { Authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: res.status, json, text };
  };

  return {
    origin,
    apiKey,
    account: ACCOUNT,
    api,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A list answer as an array, whether the runner wraps it or not.
export function listFrom(json, ...keys) {
  if (Array.isArray(json)) return json;
  for (const key of keys) if (json && Array.isArray(json[key])) return json[key];
  return [];
}
