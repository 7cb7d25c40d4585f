// Node-side helpers for the tests that compare the WASM build with native: the vector
// files and the native outputs printed by tests/tools/vectors_dump.cpp (built by the
// native build, scripts/check.d/10-native.sh; HOOKWORK_NATIVE_BUILD overrides the folder).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const vectorsDir = join(repoRoot, 'tests', 'vectors');

// [{file, text}] of every tests/vectors/*.json, sorted like the C++ loader sorts paths.
export function readVectorFiles() {
  return readdirSync(vectorsDir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))))
    .map((file) => ({ file, text: readFileSync(join(vectorsDir, file), 'utf8') }));
}

function dumpTool() {
  const build = process.env.HOOKWORK_NATIVE_BUILD ?? join(repoRoot, 'build', 'release');
  const tool = join(build, 'tests', 'tools', 'hookwork_vectors_dump');
  if (!existsSync(tool)) {
    throw new Error(`${tool} is missing: build it natively first ` +
      '(cmake --build --preset release --target hookwork_vectors_dump)');
  }
  return tool;
}

// The native output text of every case, in load order: [{file, name, fn, output}].
export function nativeVectorOutputs() {
  const text = execFileSync(dumpTool(), { encoding: 'utf8', maxBuffer: 1 << 30 });
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

// The facade functions the native core registers.
export function nativeFunctions() {
  return JSON.parse(execFileSync(dumpTool(), ['functions'], { encoding: 'utf8' }));
}

// Compares host outputs [{file, name, output}] with native ones, returning readable mismatches.
export function compareWithNative(native, hosted) {
  const problems = [];
  if (hosted.length !== native.length) problems.push(`case count: native ${native.length}, host ${hosted.length}`);
  const n = Math.min(native.length, hosted.length);
  for (let i = 0; i < n; i++) {
    const a = native[i];
    const b = hosted[i];
    const where = `${a.file} / ${a.name} (${a.fn})`;
    if (a.file !== b.file || a.name !== b.name) problems.push(`case ${i}: native ${where}, host ${b.file} / ${b.name}`);
    else if (a.output !== b.output) {
      problems.push(`${where}\n  native: ${a.output.slice(0, 600)}\n  host:   ${b.output.slice(0, 600)}`);
    }
  }
  return problems;
}
