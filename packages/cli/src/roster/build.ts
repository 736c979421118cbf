/** Turning roster rows into subjects (one per person) with their multi-year history. */
import { matchKey, msg, type Message, type SubjectInput } from '@tdkt/core';
import {
  parseAward,
  parseAwardType,
  parseDate,
  parseDiscipline,
  parseInitiative,
  parseLeave,
  parsePending,
  parsePeriod,
  parseRating,
  parseYesNo,
  splitList,
  type Column,
  type RawRow,
  type RowProblem,
} from './reader.js';

/** A person of the roster with the rows that built it. */
export interface Person {
  key: string;
  id?: string;
  name: string;
  unit: string;
  subject: SubjectInput & { kind: 'individual' };
  rows: number[];
}

class RowError extends Error {
  constructor(
    readonly column: Column,
    readonly value: unknown,
    readonly messages: Message,
  ) {
    super(messages.en);
  }
}

const HEADER_VI: Record<Column, string> = {
  id: 'Mã cán bộ', name: 'Họ và tên', sex: 'Giới tính', unit: 'Đơn vị', recruited: 'Ngày tuyển dụng', joined: 'Ngày về đơn vị', year: 'Năm', rating: 'Xếp loại', titles: 'Danh hiệu',
  initiatives: 'Sáng kiến', discipline: 'Kỷ luật', disciplineDate: 'Ngày kỷ luật', disciplineUntil: 'Kỷ luật đến', award: 'Khen thưởng', awardType: 'Loại hình khen thưởng', awardDecision: 'Số quyết định',
  awardDate: 'Ngày quyết định', awardPeriod: 'Thời gian thành tích', leave: 'Loại nghỉ', leaveFrom: 'Nghỉ từ', leaveTo: 'Nghỉ đến', transferDate: 'Ngày điều động', transferFrom: 'Đơn vị cũ',
  transferComments: 'Ý kiến đơn vị cũ', pending: 'Đang xem xét', pendingSince: 'Xem xét từ ngày', note: 'Ghi chú',
};

function need<T>(column: Column, raw: string | undefined, parse: (s: string) => T | undefined, what: Message): T | undefined {
  if (raw === undefined || raw === '') return undefined;
  const v = parse(raw);
  if (v === undefined) throw new RowError(column, raw, msg(`${HEADER_VI[column]}: không hiểu "${raw}" (${what.vi})`, `${HEADER_VI[column]}: cannot read "${raw}" (${what.en})`));
  return v;
}

const DATE = msg('cần ngày dạng DD/MM/YYYY', 'expected a date DD/MM/YYYY');

/**
 * Builds one subject per person from the rows. A malformed row is reported (row, column, value,
 * bilingual reason) and skipped; the person's other rows still count.
 */
export function buildPeople(rows: RawRow[]): { people: Person[]; problems: RowProblem[]; skipped: SkippedRow[] } {
  const people = new Map<string, Person>();
  const problems: RowProblem[] = [];
  const skipped: SkippedRow[] = [];
  for (const r of rows) {
    const c = r.cells;
    try {
      if (!c.name) throw new RowError('name', c.name, msg('Thiếu họ và tên', 'The name is missing'));
      const year = need('year', c.year, (s) => (/^\d{4}$/.test(s) && Number(s) >= 1945 && Number(s) <= 2100 ? Number(s) : undefined), msg('cần năm 4 chữ số', 'expected a 4-digit year'));
      if (year === undefined) throw new RowError('year', c.year, msg('Thiếu năm', 'The year is missing'));
      const rating = need('rating', c.rating, parseRating, msg('HTXSNV, HTTNV, HTNV, KHTNV hoặc viết đầy đủ', 'HTXSNV, HTTNV, HTNV, KHTNV or in words'));
      const titles = c.titles ? splitList(c.titles).map((t) => need('titles', t, parseAward, msg('tên hoặc mã danh hiệu trong danh mục', 'an award name or code of the catalog'))!) : [];
      const recruited = need('recruited', c.recruited, parseDate, DATE);
      const joined = need('joined', c.joined, parseDate, DATE);
      const sex = need('sex', c.sex, (s) => (/^n[uữ]$/i.test(s.normalize('NFC')) || /^female$/i.test(s) ? 'female' : /^nam$/i.test(s) || /^male$/i.test(s) ? 'male' : undefined), msg('Nam hoặc Nữ', 'Nam or Nữ'));
      const key = c.id ? `id:${c.id}` : `${matchKey(c.name)}|${matchKey(c.unit ?? '')}`;
      const p: Person = people.get(key) ?? { key, ...(c.id ? { id: c.id } : {}), name: c.name, unit: c.unit ?? '', subject: { kind: 'individual', id: c.id ?? key, name: c.name, years: [] }, rows: [] };
      const s = p.subject;
      // Collect this row's facts first, so a bad cell leaves the person untouched.
      const initiatives = c.initiatives
        ? splitList(c.initiatives).map((x, i) => {
            const it = parseInitiative(x);
            return { id: it.id ?? `${p.subject.id}-${year}-${i + 1}`, year, scope: it.scope, kind: it.kind };
          })
        : [];
      const discipline = c.discipline
        ? [{ form: need('discipline', c.discipline, parseDiscipline, msg('khiển trách, cảnh cáo, ...', 'khiển trách, cảnh cáo, …')) as never, decidedOn: need('disciplineDate', c.disciplineDate, parseDate, DATE) ?? `${year}-12-31`, forYear: year, ...(c.disciplineUntil ? { until: need('disciplineUntil', c.disciplineUntil, parseDate, DATE)! } : {}) }]
        : [];
      const award = c.award
        ? [{
            award: need('award', c.award, parseAward, msg('tên hoặc mã hình thức khen thưởng trong danh mục', 'an award name or code of the catalog'))!,
            ...(c.awardType ? { type: need('awardType', c.awardType, parseAwardType, msg('công trạng, chuyên đề, đột xuất, ...', 'công trạng, chuyên đề, đột xuất, …')) as never } : {}),
            ...(c.awardDecision ? { decisionNo: c.awardDecision } : {}),
            ...(c.awardDate ? { decidedOn: need('awardDate', c.awardDate, parseDate, DATE)! } : {}),
            ...(c.awardPeriod ? { period: need('awardPeriod', c.awardPeriod, parsePeriod, msg('cần dạng 2022-2023', 'expected 2022-2023')) } : {}),
          }]
        : [];
      const leave = c.leave ? [{ kind: need('leave', c.leave, parseLeave, msg('thai sản, ốm, đi học, không lương, ...', 'maternity, sick, training, unpaid, …')) as never, from: need('leaveFrom', c.leaveFrom, parseDate, DATE) ?? '', to: need('leaveTo', c.leaveTo, parseDate, DATE) ?? '' }] : [];
      if (leave[0] && (!leave[0].from || !leave[0].to)) throw new RowError('leaveFrom', c.leaveFrom, msg('Thiếu ngày bắt đầu hoặc kết thúc kỳ nghỉ', 'The leave start or end date is missing'));
      const transfer = c.transferDate ? [{ date: need('transferDate', c.transferDate, parseDate, DATE)!, kind: 'transfer' as const, ...(c.transferFrom ? { fromUnit: c.transferFrom } : {}), ...(c.unit ? { toUnit: c.unit } : {}), ...(c.transferComments ? { commentsFromOtherUnit: need('transferComments', c.transferComments, parseYesNo, msg('có hoặc không', 'có or không')) } : {}) }] : [];
      const pending = c.pending ? [{ kind: need('pending', c.pending, parsePending, msg('khiếu nại, thanh tra, xem xét kỷ luật', 'khiếu nại, thanh tra, xem xét kỷ luật')) as never, since: need('pendingSince', c.pendingSince, parseDate, DATE) ?? `${year}-01-01` }] : [];
      if (s.years!.some((y) => y.year === year)) throw new RowError('year', year, msg(`Năm ${year} của ${c.name} đã có ở dòng khác`, `${c.name} already has a row for ${year}`));

      s.years!.push({ year, ...(rating ? { rating } : {}), titles });
      if (recruited && !s.recruited) s.recruited = recruited;
      if (joined && !s.joined) s.joined = joined;
      if (sex && !s.sex) s.sex = sex;
      if (initiatives.length) s.initiatives = [...(s.initiatives ?? []), ...initiatives];
      if (discipline.length) s.discipline = [...(s.discipline ?? []), ...discipline];
      if (award.length) s.awards = [...(s.awards ?? []), ...award];
      if (leave.length) s.leaves = [...(s.leaves ?? []), ...leave];
      if (transfer.length) s.transfers = [...(s.transfers ?? []), ...transfer];
      if (pending.length) s.pending = [...(s.pending ?? []), ...pending];
      const latest = Math.max(...s.years!.map((y) => y.year));
      if (year === latest && c.unit) p.unit = c.unit;
      p.rows.push(r.row);
      people.set(key, p);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      problems.push({ row: r.row, column: HEADER_VI[e.column], value: e.value, message: e.messages });
      const year = c.year && /^\d{4}$/.test(c.year) ? Number(c.year) : undefined;
      if (c.name && c.unit && year) skipped.push({ key: c.id ? `id:${c.id}` : `${matchKey(c.name)}|${matchKey(c.unit)}`, name: c.name, unit: c.unit, year, row: r.row });
    }
  }
  for (const p of people.values()) p.subject.unit = p.unit;
  return { people: [...people.values()], problems, skipped };
}

/** A row skipped for bad data: the person still belongs to the unit's staff list that year. */
export interface SkippedRow {
  key: string;
  name: string;
  unit: string;
  year: number;
  row: number;
}

/**
 * Infers which initiatives earlier Grassroots Emulation Fighter titles used: a CSTĐCS held for a
 * year not rated HTXSNV was awarded on the initiative route, so that year's first unused
 * initiative was counted for it (one initiative, one use). Titles held on the HTXSNV route use
 * none (Ministry of Home Affairs answer, case RC-14). Roster files do not say which route was
 * taken; this is the library's documented reading.
 */
export function inferInitiativeUse(s: SubjectInput, before: number): void {
  for (const y of s.years ?? []) {
    if (y.year >= before || !y.titles?.includes('chien-si-thi-dua-co-so') || y.rating === 'HTXSNV') continue;
    const free = (s.initiatives ?? []).filter((i) => !i.usedFor && i.year <= y.year).sort((a, b) => b.year - a.year)[0];
    if (free) free.usedFor = { award: 'chien-si-thi-dua-co-so', year: y.year };
  }
}
