/**
 * A province-wide plan of exemplary models over 2022–2025, seeded: Đà Nẵng city's commune-level
 * units (from 2025-07-01) and the former Quảng Nam units whose plan began before the merger, models
 * in every field, propagation activities of every form, replications, up to the 2025 congress.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Faker, base, vi } from '@faker-js/faker';
import { UnitRegistry, type LineageEvent, type Storage, type Unit, type WriteContext } from '@tdkt/core';
import { ExemplaryTracker, STAGES, exemplaryStore, fieldSchema, activityFormSchema, activityContentSchema, type Field } from '@tdkt/exemplary-models';

const communesCsv = readFileSync(fileURLToPath(new URL('../../annual-review/data/danang-2025-commune-level-units.csv', import.meta.url)), 'utf8');
/** Đà Nẵng's 94 commune-level units from 2025-07-01 (public list, see the annual-review example's data). */
export const COMMUNES = communesCsv.trim().split('\n').slice(1).map((l) => {
  const [stt, name] = l.split(',');
  return { id: `dn-${stt}`, name: name! };
});
/** Former Quảng Nam units (districts abolished on 2025-07-01) whose models began before the merger. */
export const FORMER_QUANG_NAM = [
  { id: 'qn-hoi-an', name: 'Thành phố Hội An (cũ)' },
  { id: 'qn-tam-ky', name: 'Thành phố Tam Kỳ (cũ)' },
  { id: 'qn-tien-phuoc', name: 'Huyện Tiên Phước (cũ)' },
];

/** The units of the plan: Đà Nẵng, the former provinces and districts (until 2025-06-30) and the 94 communes and wards. */
export const UNITS: Unit[] = [
  { id: 'da-nang', name: 'Thành phố Đà Nẵng', level: 'province' },
  { id: 'da-nang-cu', name: 'Thành phố Đà Nẵng (trước 01/07/2025)', level: 'province', validTo: '2025-06-30' },
  { id: 'quang-nam', name: 'Tỉnh Quảng Nam', level: 'province', validTo: '2025-06-30' },
  ...FORMER_QUANG_NAM.map((u) => ({ ...u, level: 'district' as const, parent: 'quang-nam', validTo: '2025-06-30' })),
  ...COMMUNES.map((c) => ({ ...c, level: 'commune' as const, parent: 'da-nang' })),
];
/** The 2025 merger of Quảng Nam and the former Đà Nẵng into Đà Nẵng city. */
export const LINEAGE: LineageEvent[] = [{ kind: 'merge', date: '2025-07-01', from: ['quang-nam', 'da-nang-cu'], to: ['da-nang'], note: 'QĐ 759/QĐ-TTg; Nghị quyết 1659/NQ-UBTVQH15' }];

/** Builds the unit tree with the 2025 merger. */
export function unitTree(): UnitRegistry {
  return new UnitRegistry(UNITS, LINEAGE);
}

const FIELDS = fieldSchema.options;
const FORMS = activityFormSchema.options;
const CONTENTS = activityContentSchema.options;

/** The seeded plan, in memory: the same seed gives the same plan. */
export function seededPlan(seed = 2022): ExemplaryTracker {
  return fillPlan(new ExemplaryTracker(unitTree()), seed);
}

/**
 * Writes the units, the merger and the seeded plan into `storage`, in one transaction (all or
 * nothing); units already stored are kept.
 *
 * @returns the ids of the exemplary records created.
 */
export async function seedStorage(storage: Storage, seed = 2022, w: WriteContext = { actor: 'ban-thi-dua-khen-thuong' }): Promise<string[]> {
  return storage.transaction(async (s) => {
    const fresh = !(await s.units.get('da-nang'));
    if (fresh) {
      for (const u of UNITS) await s.units.create(u, w);
      for (const l of LINEAGE) await s.lineage.append(l, w);
    }
    return (await exemplaryStore(s).edit((t) => fillPlan(t, seed), w)).created;
  });
}

/** Adds the seeded movements, plan, models (moved through their stages), replications and activities to `t`. */
export function fillPlan(t: ExemplaryTracker, seed = 2022): ExemplaryTracker {
  const f = new Faker({ locale: [vi, base] });
  f.seed(seed);
  t.addMovement({ id: 'dan-van-kheo', name: { vi: 'Dân vận khéo', en: 'Skilful mass mobilisation' }, launchedBy: 'Ban Thường vụ Tỉnh ủy Quảng Nam', kind: 'regular', from: '2009-01-01', citation: { doc: 'kh-hoi-an-dhtt-2022-2025', confidence: 'secondary', note: 'Phong trào "Dân vận khéo" (Quảng Nam): 6.540 mô hình 2009–2024 theo báo cáo' } });
  t.addMovement({ id: 'nong-thon-moi', name: { vi: 'Quảng Nam chung sức xây dựng nông thôn mới', en: 'Quảng Nam together builds new rural areas' }, launchedBy: 'Chủ tịch UBND tỉnh Quảng Nam', kind: 'thematic', from: '2021-01-01', to: '2025-12-31', citation: { doc: 'kh-hoi-an-dhtt-2022-2025', confidence: 'secondary', note: 'QĐ 2218/QĐ-UBND ngày 25/08/2022 (Quảng Nam)' } });
  t.addMovement({ id: 'thi-dua-yeu-nuoc-dn', name: { vi: 'Thi đua yêu nước thành phố Đà Nẵng 2025–2030', en: "Đà Nẵng's patriotic emulation 2025–2030" }, launchedBy: 'Chủ tịch UBND thành phố Đà Nẵng', kind: 'regular', from: '2025-09-04', citation: { doc: 'kh-hoi-an-dhtt-2022-2025', confidence: 'secondary', note: 'Đại hội Thi đua yêu nước TP Đà Nẵng lần thứ I, 04/09/2025' } });
  t.addPlan({ unit: 'da-nang', from: '2022-01-01', to: '2025-12-31', targets: { modelsByField: Object.fromEntries(FIELDS.map((x) => [x, 4])) as Record<Field, number>, activitiesByForm: Object.fromEntries(FORMS.map((x) => [x, 6])), replications: 20 } });
  const dates = ['2022', '2023', '2024', '2025'];
  let n = 0;
  for (const field of FIELDS)
    for (let k = 0; k < 5; k++) {
      const formerQn = f.datatype.boolean({ probability: 0.35 });
      const unit = formerQn ? f.helpers.arrayElement(FORMER_QUANG_NAM).id : f.helpers.arrayElement(COMMUNES).id;
      const start = formerQn ? f.helpers.arrayElement(['2022', '2023']) : '2025';
      const id = `dhtt-${String(++n).padStart(3, '0')}`;
      const movement = formerQn ? f.helpers.arrayElement(['dan-van-kheo', 'nong-thon-moi']) : 'thi-dua-yeu-nuoc-dn';
      t.addModel({
        id,
        name: `${f.helpers.arrayElement(["Mô hình", "Tổ", "Hợp tác xã", "Câu lạc bộ", "Tập thể"])} ${f.helpers.arrayElement(["an sinh", "dân vận khéo", "nông thôn mới", "khởi nghiệp", "sạch đẹp", "tự quản", "khuyến học", "an toàn giao thông"])} ${f.person.lastName()} ${f.person.firstName()}`,
        subjectKind: f.helpers.arrayElement(['collective', 'individual', 'household']),
        unit,
        movement,
        field,
        scope: f.helpers.arrayElement(['comprehensive', 'single-field']),
        evidence: { rating: f.helpers.weightedArrayElement([{ value: 'HTXSNV' as const, weight: 7 }, { value: 'HTTNV' as const, weight: 3 }]), initiatives: f.number.int({ min: 0, max: 3 }), leading: f.datatype.boolean(), socialActivities: f.number.int({ min: 0, max: 5 }) },
        stages: [{ stage: 'phat-hien', date: `${start}-${start === '2025' ? '07' : '03'}-1${f.number.int({ min: 0, max: 9 })}` }],
      });
      // Older models progress further; stages are dated forward.
      const steps = formerQn ? f.number.int({ min: 2, max: 5 }) : f.number.int({ min: 0, max: 2 });
      let y = Number(start);
      for (let s = 1; s <= steps; s++) {
        y = Math.min(2025, y + (formerQn ? 1 : 0));
        const month = formerQn ? String(3 + s).padStart(2, '0') : String(8 + s).padStart(2, '0');
        t.advance(id, STAGES[s]!, `${y}-${month}-20`);
      }
    }
  for (const m of t.all()) {
    if (STAGES.indexOf(t.stageOf(m.id)!) < STAGES.indexOf('binh-chon-gioi-thieu')) continue;
    for (let r = 0; r < f.number.int({ min: 0, max: 2 }); r++) t.addReplication({ model: m.id, unit: f.helpers.arrayElement(COMMUNES).id, date: `2025-${String(f.number.int({ min: 8, max: 12 })).padStart(2, '0')}-05`, result: 'Nhân rộng tại địa phương' });
  }
  for (let i = 0; i < 36; i++)
    t.addActivity({
      id: `hd-${i + 1}`,
      date: `${f.helpers.arrayElement(dates)}-${String(f.number.int({ min: 1, max: 12 })).padStart(2, '0')}-15`,
      unit: 'da-nang',
      form: FORMS[i % FORMS.length]!,
      content: CONTENTS[i % CONTENTS.length]!,
      models: f.helpers.arrayElements(t.all().map((m) => m.id), { min: 1, max: 3 }),
      reach: f.number.int({ min: 50, max: 20000 }),
    });
  return t;
}
