import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createVnEngine } from '@tdkt/rules-vn';
import { describe, expect, it } from 'vitest';
import { caseFileJsonSchema, checkCase, findCaseFiles, parseCase, runCases } from '../src/index.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/cases', import.meta.url));
const files = await findCaseFiles(fixtures);
const engine = createVnEngine();

describe('shared acceptance cases (fixtures/cases)', () => {
  it('has the cases', () => expect(files.length).toBeGreaterThanOrEqual(30));
  it.each(files.map((f) => [f.slice(fixtures.length + 1), f]))('%s', (_name, file) => {
    const c = parseCase(readFileSync(file, 'utf8'));
    const r = checkCase(engine, c, file);
    expect(r.got, `${c.id}: ${r.reason.en}`).toBe(c.expect.outcome);
    expect(r.missingMentions ?? [], c.id).toEqual([]);
  });
});

describe('case files', () => {
  const base = readFileSync(files[0]!, 'utf8');
  it('an unknown key is an error naming the path', () => {
    expect(() => parseCase(`${base}\nunknownKey: 1\n`)).toThrow(/unknownKey/);
  });
  it('NFD text and the other tone-mark placement compare equal in mentions', () => {
    const c = parseCase(readFileSync(files.find((f) => f.includes('RC-31'))!, 'utf8'));
    const nfd = { ...c, expect: { ...c.expect, mentions: ['KHIẾU NẠI'.normalize('NFD')] } };
    expect(checkCase(engine, nfd).passed).toBe(true);
  });
  it('a file that does not parse counts as a failed case and the run goes on', async () => {
    const { mkdtemp, writeFile, copyFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'tdkt-cases-'));
    await writeFile(join(dir, 'broken.yaml'), 'id: [unclosed\n');
    await copyFile(files[0]!, join(dir, 'good.yaml'));
    const run = await runCases(engine, dir);
    expect(run.passed).toBe(1);
    expect(run.failed).toBe(1);
    expect(run.results.find((r) => !r.passed)!.reason.en).toMatch(/YAML/);
  });
  it('publishes a JSON Schema generated from the zod schema', () => {
    const s = caseFileJsonSchema() as { properties: Record<string, unknown>; additionalProperties?: unknown };
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['id', 'asOf', 'award', 'subject', 'expect']));
    expect(s.additionalProperties).toBe(false);
  });
});

describe('unit-review cases (quotas with real numbers)', () => {
  const folder = fileURLToPath(new URL('../../../fixtures/unit-review', import.meta.url));
  it('every unit-review fixture passes', async () => {
    const run = await runCases(engine, folder);
    expect(run.results.length).toBeGreaterThanOrEqual(2);
    expect(run.results.filter((r) => !r.passed).map((r) => `${r.id}: ${r.reason.en}`)).toEqual([]);
  });
  it('a wrong expectation fails with the ranking in the reason', async () => {
    const { checkUnitReview } = await import('../src/index.js');
    const text = readFileSync(`${folder}/UR-02-government-flag-20-percent.yaml`, 'utf8').replace('selected: [xa-hoa-vang, xa-nui-thanh]', 'selected: [xa-hoa-vang, phuong-hoi-an, xa-nui-thanh]');
    const r = checkUnitReview(engine, text);
    expect(r.passed).toBe(false);
    expect(r.reason.en).toContain('quota full');
  });
});
