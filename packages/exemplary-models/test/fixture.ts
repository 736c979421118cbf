/** Shared inputs of the tests: Đà Nẵng's tree around the 2025 merger, a movement, a plan, a model. */
export const UNITS = [
  { id: 'da-nang', name: 'Thành phố Đà Nẵng', level: 'province' },
  { id: 'quang-nam', name: 'Tỉnh Quảng Nam', level: 'province', validTo: '2025-06-30' },
  { id: 'hoi-an', name: 'Thành phố Hội An (cũ)', level: 'district', parent: 'quang-nam', validTo: '2025-06-30' },
  { id: 'phuong-hoi-an', name: 'Phường Hội An', level: 'commune', parent: 'da-nang', validFrom: '2025-07-01' },
  { id: 'xa-hoa-vang', name: 'Xã Hòa Vang', level: 'commune', parent: 'da-nang', validFrom: '2025-07-01' },
  { id: 'phuong-hai-chau', name: 'Phường Hải Châu', level: 'commune', parent: 'da-nang', validFrom: '2025-07-01' },
] as const;
export const MERGER = { kind: 'merge', date: '2025-07-01', from: ['quang-nam'], to: ['da-nang'] } as const;
export const MOVEMENT = { id: 'nong-thon-moi', name: { vi: 'Chung sức xây dựng nông thôn mới', en: 'Building new rural areas together' }, launchedBy: 'Chủ tịch UBND tỉnh Quảng Nam', kind: 'thematic', from: '2021-01-01', to: '2025-12-31', citation: { doc: 'kh-hoi-an-dhtt-2022-2025', confidence: 'secondary', note: 'QĐ 2218/QĐ-UBND ngày 25/08/2022 (Quảng Nam)' } } as const;
export const PLAN = { unit: 'da-nang', from: '2022-01-01', to: '2025-12-31', targets: { modelsByField: { agriculture: 2, 'culture-society': 1 }, activitiesByForm: { 'mass-media': 2, 'field-visit': 1 }, replications: 2 } } as const;
export const MODEL = { id: 'hop-tac-xa-rau', name: 'Hợp tác xã rau hữu cơ Trà Quế', subjectKind: 'collective', unit: 'hoi-an', movement: 'nong-thon-moi', field: 'agriculture', scope: 'single-field', evidence: { rating: 'HTXSNV', initiatives: 2, socialActivities: 3 }, stages: [{ stage: 'phat-hien', date: '2022-03-01' }] } as const;
/** Dates of the stages after discovery. */
export const STAGE_DATES = ['2022-09-01', '2023-06-01', '2024-03-01', '2025-05-01', '2025-10-01'] as const;
