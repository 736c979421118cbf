import { describe, expect, it } from 'vitest';
import { TdktError, addWorkingDays, pluginFromData, advanceProposal, checkProposalDates, definePlugin, draftProposal, msg, yearCalendar, type CalendarEntryInput, type PluginDefinition } from '../src/index.js';

// Test plugins: their documents and dates are made up for the test, not law.
const documents = [
  { id: 'law-x', kind: 'law' as const, number: 'X/TEST', titleVi: 'Luật thử', titleEn: 'Test law' },
  { id: 'reg-a', kind: 'decision' as const, number: 'A/TEST', titleVi: 'Quy định tỉnh A (thử)', titleEn: 'Province A rules (test)' },
  { id: 'reg-b', kind: 'decision' as const, number: 'B/TEST', titleVi: 'Quy định tỉnh B (thử)', titleEn: 'Province B rules (test)' },
];
const cite = (doc: string, confidence: 'official' | 'unverified' = 'official') => ({ doc, confidence });
const entry = (id: string, e: Partial<CalendarEntryInput>): CalendarEntryInput => ({ id, name: msg(`Mốc ${id}`, `Entry ${id}`), kind: 'other', rule: { kind: 'fixed', month: 1, day: 31 }, citation: cite('law-x'), ...e });
const plugin = (p: Partial<PluginDefinition> & { id: string; kind: PluginDefinition['kind'] }) => definePlugin({ name: msg(p.id, p.id), version: '1.0.0', documents, ...p });

const national = plugin({
  id: 'nat',
  kind: 'national',
  calendar: [
    entry('nat.flag-dossier', { kind: 'submission-deadline', rule: { kind: 'fixed', month: 6, day: 30, yearOffset: 1 }, appliesTo: { awards: ['co-thi-dua-chinh-phu'] }, check: { stage: 'submitted', level: 'home-affairs', must: 'by' } }),
    entry('nat.fighter-dossier', { kind: 'submission-deadline', rule: { kind: 'fixed', month: 12, day: 31, yearOffset: 1, yearOf: { fact: 'decided:fighter' } } }),
    entry('nat.return', { kind: 'processing-deadline', rule: { kind: 'relative', anchor: { stage: 'submitted', level: 'home-affairs' }, days: 10, unit: 'working-days' }, check: { stage: 'returned', level: 'home-affairs', must: 'by' } }),
    entry('nat.local-deadline', { delegable: true, rule: { kind: 'fixed', month: 2, day: 15, yearOffset: 1 }, appliesTo: { levels: ['ministry-province'] }, check: { stage: 'submitted', level: 'ministry-province', must: 'by' } }),
  ],
});
const provinceA = plugin({
  id: 'tinh-a',
  kind: 'province',
  validTo: '2025-06-30',
  successor: 'tinh-b',
  calendar: [
    entry('local.launch', { kind: 'launch', rule: { kind: 'fixed', month: 2, day: 10 }, citation: cite('reg-a') }),
    entry('local.registration', { kind: 'registration', rule: { kind: 'relative', anchor: { entry: 'local.launch' }, days: 10, unit: 'working-days' }, citation: cite('reg-a') }),
  ],
});
const provinceB = plugin({
  id: 'tinh-b',
  kind: 'province',
  validFrom: '2025-07-01',
  calendar: [
    entry('local.launch', { kind: 'launch', rule: { kind: 'fixed', month: 1, day: 20 }, citation: cite('reg-b', 'unverified'), template: true }),
    entry('nat.local-deadline', { rule: { kind: 'fixed', month: 1, day: 31, yearOffset: 1 }, appliesTo: { levels: ['ministry-province'] }, check: { stage: 'submitted', level: 'ministry-province', must: 'by' }, citation: cite('reg-b', 'unverified'), template: true }),
  ],
});
const flag = { code: 'co-thi-dua-chinh-phu', form: 'emulation-title' as const, kind: 'emulation-title' as const, decidedBy: [] };

function error(f: () => unknown): TdktError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(TdktError);
    return e as TdktError;
  }
  throw new Error('expected an error');
}

describe('the yearly calendar as plugin data', () => {
  it('is validated at plugin load, naming the plugin and the entry', () => {
    const bad = (e: Partial<CalendarEntryInput>) => error(() => plugin({ id: 'tinh-x', kind: 'province', calendar: [entry('x.ok', {}), entry('x.bad', e)] }));
    const day = bad({ rule: { kind: 'fixed', month: 2, day: 30 } });
    expect([day.code, day.path]).toEqual(['PLUGIN_INVALID', ['calendar', 1, 'rule', 'day']]);
    expect(day.messages.vi).toMatch(/^Plugin tinh-x, mục lịch "x.bad": /);
    expect(day.messages.en).toMatch(/^Plugin tinh-x, calendar entry "x.bad": .*not a day of every year/);
    expect(bad({ rule: { kind: 'relative', anchor: { entry: 'x.bad' }, days: 3, unit: 'days' } }).messages.en).toMatch(/anchor is the entry itself/);
    expect(bad({ validFrom: '2026-01-01', validTo: '2025-01-01' }).path).toEqual(['calendar', 1, 'validTo']);
    expect(bad({ id: 'x.ok' }).messages.en).toMatch(/"x.ok": duplicate id/);
    const shape = bad({ kind: 'holiday' as never });
    expect(shape.path).toEqual(['calendar', 1, 'kind']);
    expect(shape.messages.en).toMatch(/calendar entry "x.bad": kind: Invalid value/);
  });

  it('resolves fixed, relative and fact-based dates for a year', () => {
    const cal = yearCalendar([national, provinceA, provinceB], 2024, { facts: { 'decided:fighter': '2025-02-14' } });
    expect(cal.entries.map((e) => [e.id, e.plugin, e.date ?? null])).toEqual([
      ['local.launch', 'tinh-a', '2024-02-10'],
      ['local.registration', 'tinh-a', '2024-02-23'],
      ['nat.local-deadline', 'nat', '2025-02-15'],
      ['nat.flag-dossier', 'nat', '2025-06-30'],
      ['nat.fighter-dossier', 'nat', '2026-12-31'],
      ['nat.return', 'nat', null],
    ]);
    expect(cal.entries.find((e) => e.id === 'nat.return')?.pending?.en).toMatch(/counted from each proposal's "submitted"/);
    expect(yearCalendar([national], 2024).entries.find((e) => e.id === 'nat.fighter-dossier')?.pending?.en).toMatch(/decided:fighter/);
    expect(addWorkingDays('2024-02-10', 10, ['2024-02-12'])).toBe('2024-02-26');
    expect(addWorkingDays('2025-12-15', -10)).toBe('2025-12-01');
  });

  it('lets a successor replace a province’s entries and the delegable national ones, not the others', () => {
    const on = (year: number) => new Map(yearCalendar([national, provinceA, provinceB], year).entries.map((e) => [e.id, [e.plugin, e.date]]));
    // Quảng Nam-style handover: each date goes to the plugin in force on it
    expect(on(2025).get('local.launch')).toEqual(['tinh-a', '2025-02-10']);
    expect(on(2025).get('local.registration')).toEqual(['tinh-a', '2025-02-24']);
    expect(on(2025).get('nat.local-deadline')).toEqual(['tinh-b', '2026-01-31']);
    expect(on(2024).get('nat.local-deadline')).toEqual(['nat', '2025-02-15']);
    expect(on(2026).get('local.launch')).toEqual(['tinh-b', '2026-01-20']);
    expect(on(2026).has('local.registration')).toBe(false);
    const mover = plugin({ id: 'tinh-c', kind: 'province', calendar: [entry('nat.flag-dossier', { rule: { kind: 'fixed', month: 9, day: 30, yearOffset: 1 } })] });
    const e = error(() => yearCalendar([national, mover], 2025));
    expect([e.code, e.path]).toEqual(['PLUGIN_CONFLICT', ['tinh-c', 'calendar', 'nat.flag-dossier']]);
    expect(e.messages.en).toMatch(/may not move "nat.flag-dossier", set by nat \(national law\)/);
  });

  it('refuses unknown documents, unknown anchors and loops when a calendar is built', () => {
    const unknownDoc = plugin({ id: 'tinh-d', kind: 'province', calendar: [entry('d.x', { citation: cite('khong-co') })] });
    expect(error(() => yearCalendar([national, unknownDoc], 2025)).messages.en).toMatch(/calendar entry "d.x": citation names an unknown document "khong-co"/);
    const unknownAnchor = plugin({ id: 'tinh-e', kind: 'province', calendar: [entry('e.x', { rule: { kind: 'relative', anchor: { entry: 'e.none' }, days: 1, unit: 'days' } })] });
    expect(error(() => yearCalendar([unknownAnchor], 2025)).messages.en).toMatch(/its anchor "e.none" is not in the calendar/);
    const loop = plugin({ id: 'tinh-f', kind: 'province', calendar: [entry('f.a', { rule: { kind: 'relative', anchor: { entry: 'f.b' }, days: 1, unit: 'days' } }), entry('f.b', { rule: { kind: 'relative', anchor: { entry: 'f.a' }, days: 1, unit: 'days' } })] });
    expect(error(() => yearCalendar([loop], 2025)).messages.en).toMatch(/loop/);
    expect(error(() => yearCalendar([national], 2025, { holidays: ['2025-02-30'] })).path).toEqual(['holidays', 0]);
    expect(error(() => yearCalendar([national], 1800)).code).toBe('VALIDATION_FAILED');
  });

  it('checks a proposal’s stage dates: a late submission is a warning with its citation; a template date needs review', () => {
    const dossier = [{ kind: 'dossier', title: 'Hồ sơ' }];
    let p = draftProposal({ id: 'P1', subjectId: 'TT1', award: 'co-thi-dua-chinh-phu', period: 2025, level: 'home-affairs', postingRequired: false, forwardedFrom: 'P0' }, { date: '2026-06-20', actor: 'UBND tỉnh' });
    p = advanceProposal(p, { to: 'submitted', date: '2026-07-02', actor: 'UBND tỉnh', documents: dossier });
    p = advanceProposal(p, { to: 'returned', date: '2026-07-20', actor: 'Bộ Nội vụ', reason: msg('Thiếu ý kiến', 'An opinion is missing'), legalBasis: 'Điều 35' });
    const checks = checkProposalDates(p, yearCalendar([national], 2025), flag);
    expect(checks.map((c) => [c.entry, c.status, c.severity, c.deadline])).toEqual([
      ['nat.flag-dossier', 'late', 'warning', '2026-06-30'],
      ['nat.return', 'late', 'warning', '2026-07-16'],
    ]);
    expect(checks[0]!.message.vi).toMatch(/quá hạn 2026-06-30/);
    expect(checks[0]!.citation).toEqual(cite('law-x'));
    let q = draftProposal({ id: 'Q1', subjectId: 'TT1', award: 'co-thi-dua-chinh-phu', period: 2025, level: 'ministry-province', postingRequired: false, forwardedFrom: 'Q0' }, { date: '2026-01-20', actor: 'Sở' });
    q = advanceProposal(q, { to: 'submitted', date: '2026-02-03', actor: 'Sở', documents: dossier });
    const template = checkProposalDates(q, yearCalendar([national, provinceB], 2025), flag);
    expect(template.map((c) => [c.entry, c.plugin, c.status, c.severity, c.template])).toEqual([['nat.local-deadline', 'tinh-b', 'late', 'needs-review', true]]);
    expect(error(() => checkProposalDates(q, yearCalendar([national], 2025), { ...flag, code: 'giay-khen' })).path).toEqual([0, 'award']);
    expect(error(() => checkProposalDates(q, yearCalendar([national], 2024), flag)).path).toEqual([0, 'period']);
  });

  it('can be written as data (YAML/JSON plugins)', () => {
    const data = { id: 'tinh-y', kind: 'province', name: { vi: 'Tỉnh Y', en: 'Province Y' }, version: '1.0.0', documents: [documents[1]], calendar: [{ id: 'y.launch', name: { vi: 'Phát động', en: 'Launch' }, kind: 'launch', rule: { kind: 'fixed', month: 2, day: 1 }, citation: { doc: 'reg-a', confidence: 'official' } }] };
    expect(yearCalendar([pluginFromData(data, 'tinh-y.yaml')], 2025).entries.map((e) => [e.id, e.date])).toEqual([['y.launch', '2025-02-01']]);
    const bad = error(() => pluginFromData({ ...data, calendar: [{ ...data.calendar[0], rule: { kind: 'fixed', month: 13, day: 1 } }] }, 'tinh-y.yaml'));
    expect([bad.code, bad.path]).toEqual(['PLUGIN_INVALID', ['calendar', 0, 'rule', 'month']]);
  });
});
