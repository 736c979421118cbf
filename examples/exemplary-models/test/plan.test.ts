import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STAGES, proposalFromModel } from '@tdkt/exemplary-models';
import { createVnEngine } from '@tdkt/rules-vn';
import { describe, expect, it } from 'vitest';
import { seededPlan } from '../src/plan.js';
import { progressChart, writeReport } from '../src/report.js';

describe('the 2022–2025 exemplary-models plan', () => {
  it('is seeded, covers every field, counts former Quảng Nam models for Đà Nẵng, and lists the congress proposals', async () => {
    const t = seededPlan();
    expect(seededPlan().all().map((m) => m.id)).toEqual(t.all().map((m) => m.id));
    const p = t.progress('da-nang');
    expect(p.models.every((m) => m.actual > 0)).toBe(true);
    expect(t.all().some((m) => m.unit.startsWith('qn-'))).toBe(true);
    const honoured = t.all().filter((m) => STAGES.indexOf(t.stageOf(m.id)!) >= STAGES.indexOf('bieu-duong-ton-vinh'));
    expect(honoured.length).toBeGreaterThan(0);
    const congress = honoured.map((m) => ({ id: m.id, proposal: proposalFromModel(t, m.id, createVnEngine(), { asOf: '2025-12-10' }) }));
    const dir = await mkdtemp(join(tmpdir(), 'tdkt-dhtt-'));
    const [xlsx, svg] = await writeReport(dir, t, p, congress);
    expect((await readFile(svg!, 'utf8')).startsWith('<svg')).toBe(true);
    expect((await readFile(xlsx!)).length).toBeGreaterThan(1000);
    expect(progressChart(p)).toContain('Nông nghiệp');
  });
});
