// Where the tests find what the build made, and where they put screenshots.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const PLAYGROUND_DIR = process.env.HOOKWORK_PLAYGROUND_DIR || path.join(ROOT, 'build/playground');
export const RUNNER_BIN = process.env.HOOKWORK_RUNNER || path.join(ROOT, 'build/release/runner/hookwork');
export const SCREENS_DIR = path.join(ROOT, 'test-output/playground');

export function screenshotPath(name) {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  return path.join(SCREENS_DIR, `${name}.png`);
}
