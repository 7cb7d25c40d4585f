// Debian's Chromium driven by playwright-core: headless, fresh profile, nothing downloaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export async function launchBrowser({ colorScheme = 'light', width = 1200, height = 900 } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'hookwork-playground-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    viewport: { width, height },
    colorScheme,
  });
  context.setDefaultTimeout(10000);
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  // Failed loads are reported by URL below; the static host answers /healthz (runner probe) with 404.
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(`console: ${msg.text()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && new URL(res.url()).pathname !== '/healthz') problems.push(`HTTP ${res.status()} ${res.url()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Opens the page and waits until every panel has rendered once; returns the ms after navigation
// start of the page's marks `hookwork-first-render` (the panels at the top rendered) and
// `hookwork-ready` (every panel rendered once).
export async function openPlayground(page, url) {
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.body.dataset.ready === 'error');
  const state = await page.evaluate(() => document.body.dataset.ready);
  if (state !== 'true') throw new Error(`page failed to start: ${await page.textContent('#status')}`);
  const marks = await page.evaluate(() => ({
    first: performance.getEntriesByName('hookwork-first-render')[0]?.startTime,
    ready: performance.getEntriesByName('hookwork-ready')[0]?.startTime,
  }));
  return { wallMs: Date.now() - started, firstRenderMs: marks.first, readyMs: marks.ready };
}
