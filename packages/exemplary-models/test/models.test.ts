import { TdktError, UnitRegistry, walk } from '@tdkt/core';
import { createVnEngine } from '@tdkt/rules-vn';
import { describe, expect, it } from 'vitest';
import { ExemplaryTracker, STAGES, proposalFromModel } from '../src/index.js';
import { MERGER, MODEL, MOVEMENT, PLAN, STAGE_DATES, UNITS } from './fixture.js';

const units = new UnitRegistry([...UNITS], [{ ...MERGER, from: [...MERGER.from], to: [...MERGER.to] }]);

function tracker() {
  const t = new ExemplaryTracker(units);
  t.addMovement(MOVEMENT);
  t.addPlan(PLAN);
  t.addModel(MODEL);
  return t;
}

describe('exemplary models', () => {
  it('walks one model through every stage into a proposal whose explanation cites the movement', () => {
    const t = tracker();
    STAGES.slice(1).forEach((s, i) => t.advance('hop-tac-xa-rau', s, STAGE_DATES[i]!, 'Ban Thi đua – Khen thưởng'));
    expect(t.stageOf('hop-tac-xa-rau')).toBe('hoc-tap-lam-theo');
    const p = proposalFromModel(t, 'hop-tac-xa-rau', createVnEngine(), { asOf: '2025-12-10' });
    expect(p.explanation.citations[0]!.note).toContain('2218/QĐ-UBND');
    expect(p.explanation.message.vi).toContain('Chung sức xây dựng nông thôn mới');
    // A Bằng khen for an achievement in a movement is the council's judgment at the movement review.
    expect(p.outcome).toBe('needs-review');
    expect([...walk(p.explanation)].some((n) => n.route === '74.1.a' && n.outcome === 'needs-review')).toBe(true);
  });

  it('replication tree, propagation and plan progress rolled up the unit tree', () => {
    const t = tracker();
    for (const [s, d] of [['xay-dung-boi-duong', '2022-09-01'], ['binh-chon-gioi-thieu', '2023-06-01']] as const) t.advance('hop-tac-xa-rau', s, d);
    t.addReplication({ model: 'hop-tac-xa-rau', unit: 'xa-hoa-vang', date: '2025-08-01', result: 'Thêm 12 hộ trồng rau hữu cơ' });
    t.addReplication({ model: 'hop-tac-xa-rau', unit: 'phuong-hai-chau', fromUnit: 'xa-hoa-vang', date: '2025-11-01' });
    t.addActivity({ id: 'bao-1', date: '2024-05-01', unit: 'da-nang', form: 'mass-media', content: 'sector-models', models: ['hop-tac-xa-rau'], reach: 12000 });
    t.addActivity({ id: 'tham-quan', date: '2025-09-01', unit: 'phuong-hoi-an', form: 'field-visit', content: 'movements-and-results', models: ['hop-tac-xa-rau'], reach: 60 });
    expect(t.replicationTree('hop-tac-xa-rau')).toEqual({ unit: 'hoi-an', children: [{ unit: 'xa-hoa-vang', date: '2025-08-01', result: 'Thêm 12 hộ trồng rau hữu cơ', children: [{ unit: 'phuong-hai-chau', date: '2025-11-01', children: [] }] }] });
    const p = t.progress('da-nang');
    expect(p.replications).toEqual({ target: 2, actual: 2 });
    expect(p.activities.find((a) => a.form === 'mass-media')).toEqual({ form: 'mass-media', target: 2, actual: 1 });
    // The model was discovered in Hội An (Quảng Nam) in 2022: after the merger it counts for Đà Nẵng's plan.
    expect(p.models.find((m) => m.field === 'agriculture')).toEqual({ field: 'agriculture', target: 2, actual: 1 });
  });

  it('bad input names the record: a stage out of order, an activity outside the plan, a replication into a unit that does not exist', () => {
    const t = tracker();
    expect(() => t.advance('hop-tac-xa-rau', 'nhan-rong', '2023-01-01')).toThrow(/next stage/);
    expect(() => t.addActivity({ id: 'x', date: '2026-02-01', unit: 'da-nang', form: 'mass-media', content: 'sector-models', models: ['hop-tac-xa-rau'], reach: 1 })).toThrow(/outside the plan/);
    t.advance('hop-tac-xa-rau', 'xay-dung-boi-duong', '2022-09-01');
    t.advance('hop-tac-xa-rau', 'binh-chon-gioi-thieu', '2023-06-01');
    expect(() => t.addReplication({ model: 'hop-tac-xa-rau', unit: 'xa-khong-co', date: '2025-08-01' })).toThrow(TdktError);
    expect(() => t.addReplication({ model: 'hop-tac-xa-rau', unit: 'hoi-an', date: '2025-08-01' })).toThrow(/No such unit on 2025-08-01/);
    expect(() => proposalFromModel(t, 'hop-tac-xa-rau', createVnEngine(), { asOf: '2025-12-10' })).toThrow(/has not reached/);
  });
});
