import { z } from 'zod';
import { citationSchema } from '../citation.js';
import { isoDateSchema } from '../dates.js';
import { TdktError, parseWith } from '../errors.js';
import { msg } from '../i18n.js';

/** Levels of organisation units. */
export const unitLevelSchema = z.enum(['province', 'district', 'commune', 'agency', 'unit', 'enterprise', 'school', 'other']);

/** An organisation unit (đơn vị): an administrative unit or an agency, with its validity. */
export const unitSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1).transform((s) => s.normalize('NFC')),
  level: unitLevelSchema,
  parent: z.string().min(1).optional(),
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
});
/** See {@link unitSchema}. */
export type Unit = z.infer<typeof unitSchema>;

/** A reorganisation event: merger, split, renaming or dissolution, effective on `date`. */
export const lineageEventSchema = z.strictObject({
  kind: z.enum(['merge', 'split', 'rename', 'dissolve']),
  date: isoDateSchema,
  /** Units that end on the day before `date`. */
  from: z.array(z.string().min(1)).min(1),
  /** Units that take over from `date` (empty for a dissolution). */
  to: z.array(z.string().min(1)),
  citation: citationSchema.optional(),
  note: z.string().optional(),
});
/** See {@link lineageEventSchema}. */
export type LineageEvent = z.infer<typeof lineageEventSchema>;

/**
 * Units and their lineage (e.g. Quảng Nam province merged into Đà Nẵng city on 2025-07-01; the
 * district level abolished the same day). Answers which unit succeeded another on a date and what
 * a unit descends from.
 */
export class UnitRegistry {
  readonly units: ReadonlyMap<string, Unit>;
  readonly events: readonly LineageEvent[];

  /**
   * @throws TdktError `VALIDATION_FAILED` for a malformed unit or event, an event naming an
   *   unknown unit, or a cycle in the lineage.
   */
  constructor(units: unknown[], events: unknown[] = []) {
    const us = units.map((u, i) => parseWith(unitSchema, u, ['units', i]));
    this.units = new Map(us.map((u) => [u.id, u]));
    const evs = events.map((e, i) => parseWith(lineageEventSchema, e, ['events', i]));
    evs.forEach((e, i) => {
      for (const id of [...e.from, ...e.to])
        if (!this.units.has(id)) throw new TdktError('VALIDATION_FAILED', msg(`Sự kiện sắp xếp nhắc tới đơn vị không tồn tại: ${id}`, `Lineage event names an unknown unit: ${id}`), { path: ['events', i], value: id });
    });
    this.events = [...evs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const id of this.units.keys()) this.successors(id, '9999-12-31');
  }

  /** True when the unit exists on `date`. */
  activeOn(id: string, date: string): boolean {
    const u = this.units.get(id);
    if (!u) return false;
    if (u.validFrom && date < u.validFrom) return false;
    if (u.validTo && date > u.validTo) return false;
    return !this.events.some((e) => e.from.includes(id) && !e.to.includes(id) && e.date <= date);
  }

  /**
   * The units that carry on `id` on `date`, following mergers, splits and renamings (the unit
   * itself when it still exists). Empty when it was dissolved without a successor.
   *
   * @throws TdktError `VALIDATION_FAILED` on a cycle.
   */
  successors(id: string, date: string, seen: Set<string> = new Set()): string[] {
    if (seen.has(id)) throw new TdktError('VALIDATION_FAILED', msg(`Chuỗi sắp xếp đơn vị bị vòng lặp tại ${id}`, `The lineage has a cycle at ${id}`), { value: id });
    seen.add(id);
    const e = this.events.find((x) => x.from.includes(id) && x.date <= date && !x.to.includes(id));
    if (!e) return [id];
    return [...new Set(e.to.flatMap((t) => this.successors(t, date, new Set(seen))))];
  }

  /** Every unit that `id` descends from (mergers and renamings into it), with the event. */
  predecessors(id: string): { unit: string; event: LineageEvent }[] {
    const out: { unit: string; event: LineageEvent }[] = [];
    for (const e of this.events) if (e.to.includes(id)) for (const f of e.from) if (f !== id) out.push({ unit: f, event: e }, ...this.predecessors(f));
    return out;
  }
}
