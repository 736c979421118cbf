import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createVnEngine } from '../src/index.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const required = process.env['TDKT_REQUIRE_TOOLS'] === '1';
const have = existsSync(CHROMIUM);
if (!have) console.log(`[browser test] skipped: no Chromium at ${CHROMIUM} (install Debian's "chromium"; .ci/run does)`);

const request = {
  asOf: '2025-12-19',
  award: 'chien-si-thi-dua-co-so',
  period: 2025,
  subject: { kind: 'individual', recruited: '2014-08-18', years: [{ year: 2025, rating: 'HTXSNV', titles: ['lao-dong-tien-tien'] }] },
};

describe('runs anywhere', () => {
  it('@tdkt/core and @tdkt/rules-vn bundle for the browser with no Node built-ins', async () => {
    const out = await build({ entryPoints: [fileURLToPath(new URL('./browser-entry.ts', import.meta.url))], bundle: true, platform: 'browser', format: 'iife', conditions: ['source'], write: false, logLevel: 'silent' });
    expect(out.outputFiles[0]!.text.length).toBeGreaterThan(1000);
  });

  it.skipIf(!have && !required)('evaluates a case in headless Chromium with the same outcome and hash as Node', async () => {
    expect(have, `Chromium is required (TDKT_REQUIRE_TOOLS=1) but missing at ${CHROMIUM}`).toBe(true);
    const out = await build({ entryPoints: [fileURLToPath(new URL('./browser-entry.ts', import.meta.url))], bundle: true, platform: 'browser', format: 'iife', conditions: ['source'], write: false, logLevel: 'silent' });
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ content: out.outputFiles[0]!.text });
      const got = await page.evaluate((req) => (globalThis as unknown as { tdktEvaluate: (r: unknown) => { outcome: string; hash: string } }).tdktEvaluate(req), request);
      const here = createVnEngine().evaluate(request);
      expect(got).toEqual({ outcome: here.outcome, hash: here.hash });
      // The batch API runs in the page too: same results, a bad request as a typed error.
      const bad = { ...request, subject: { ...request.subject, years: [{ year: 2025, rating: 'HTTTNV' }] } };
      const batch = await page.evaluate((reqs) => (globalThis as unknown as { tdktEvaluateBatch: (r: unknown[]) => Promise<unknown[]> }).tdktEvaluateBatch(reqs), [request, bad, request]);
      expect(batch).toEqual([{ outcome: here.outcome, hash: here.hash }, { code: 'VALIDATION_FAILED', path: ['subject', 'years', 0, 'rating'] }, { outcome: here.outcome, hash: here.hash }]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
