import { definePlugin, msg } from '@tdkt/core';

/**
 * The education sector (ngành Giáo dục), Circular 29/2023/TT-BGDĐT guiding the Law for the
 * sector: the emulation year is the school year, 1 September to 31 August, and `period` is the
 * calendar year in which it ends (case format, Semantics 7). Month counts (new recruits, working
 * time) and transfers then run over the school year.
 *
 * Not encoded: the circular's own criteria (the text was not available to check). Decree 152/2025
 * Art 35 cl 1 b gives school-year sectors until 31 December for the Government flag dossier
 * (`governmentFlagDeadline(period, true)`).
 */
export const giaoDucPlugin = definePlugin({
  id: 'giao-duc',
  kind: 'sector',
  name: msg('Ngành Giáo dục', 'Education sector'),
  version: '0.1.0',
  source: { doc: 'tt-29-2023-bgddt', confidence: 'secondary', note: 'Ngành giáo dục đánh giá theo năm học' },
  validFrom: '2024-01-01',
  emulationYear: { startMonth: 9, startDay: 1 },
  documents: [
    {
      id: 'tt-29-2023-bgddt',
      kind: 'circular',
      number: '29/2023/TT-BGDĐT',
      titleVi: 'Thông tư hướng dẫn công tác thi đua, khen thưởng ngành Giáo dục',
      titleEn: 'Circular guiding emulation and commendation in the education sector',
      url: 'http://hethongphapluat.vn/thong-tu-29-2023-tt-bgddt-huong-dan-luat-thi-dua-khen-thuong-doi-voi-nganh-giao-duc-do-bo-truong-bo-giao-duc-va-dao-tao-ban-hanh/dieu-4',
    },
  ],
});
