import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/index.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/cases', import.meta.url));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('tdkt', () => {
  it('cases: one line per failure and a closing count', async () => {
    const c = capture();
    expect(await main(['cases', fixtures], c.io)).toBe(0);
    expect(c.out.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });
  it('catalog --json prints every award with its fields', async () => {
    const c = capture();
    expect(await main(['catalog', '--json', '--as-of', '2025-12-31'], c.io)).toBe(0);
    const list = JSON.parse(c.out.join('\n')) as Record<string, unknown>[];
    expect(list.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(list[0]!).sort()).toEqual(['citations', 'code', 'kind', 'nameEn', 'nameVi', 'subjectKinds', 'validFrom', 'validTo']);
  });
  it('evaluate prints the explanation of one case', async () => {
    const c = capture();
    expect(await main(['evaluate', `${fixtures}/tap-the/RC-23-excellent-collective-65-percent.yaml`], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('70%');
  });
  it('evaluate: a file holding a list of requests is evaluated as a batch, one line per request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tdkt-batch-'));
    const file = join(dir, 'requests.json');
    const person = (id: string, rating: string) => ({ asOf: '2025-12-19', award: 'lao-dong-tien-tien', period: 2025, subject: { kind: 'individual', id, recruited: '2014-08-18', years: [{ year: 2025, rating }] } });
    writeFileSync(file, JSON.stringify([person('a', 'HTXSNV'), person('b', 'HTTTNV'), person('c', 'KHTNV')]));
    const c = capture();
    expect(await main(['evaluate', file], c.io)).toBe(2);
    expect(c.out).toHaveLength(3);
    expect(c.out[0]).toMatch(/^#0 a lao-dong-tien-tien 2025: eligible — /);
    expect(c.out[1]).toContain('#1 subject.years[0].rating');
    expect(c.out[2]).toMatch(/^#2 c lao-dong-tien-tien 2025: ineligible — /);
    const j = capture();
    await main(['evaluate', file, '--json'], j.io);
    const list = JSON.parse(j.out.join('\n')) as { index: number; decision?: { outcome: string }; error?: { code: string; path: unknown[] } }[];
    expect(list.map((x) => x.decision?.outcome ?? x.error?.code)).toEqual(['eligible', 'VALIDATION_FAILED', 'ineligible']);
    expect(list[1]!.error!.path).toEqual(['subject', 'years', 0, 'rating']);
    rmSync(dir, { recursive: true, force: true });
  });
  it('bad input: a typed bilingual error, exit 2, no stack trace', async () => {
    const c = capture();
    expect(await main(['catalog', '--as-of', '31/12/2025'], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('VALIDATION_FAILED');
    expect(c.err.join('\n')).not.toMatch(/\s+at\s+\S+\s+\(/);
    const d = capture();
    expect(await main(['cases', '/no/such/folder'], d.io)).toBe(2);
    expect(d.err.join('\n')).toContain('Không tìm thấy');
  });
  it('an unknown plugin module is reported, not thrown', async () => {
    const c = capture();
    expect(await main(['cases', fixtures, '--plugin', './no-such-plugin.js'], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('PLUGIN_INVALID');
  });
});
