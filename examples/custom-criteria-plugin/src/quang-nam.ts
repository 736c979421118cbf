import { msg } from '@tdkt/core';
import { defineVnPlugin } from '@tdkt/rules-vn';
import { documents } from './documents.js';

/**
 * The former Quảng Nam province: its rules (QĐ 11/2021/QĐ-UBND, in force 2021-08-10) end on
 * 2025-06-30 when Quảng Nam and Đà Nẵng merged into Đà Nẵng city (QĐ 759/QĐ-TTg); from then on a
 * case naming `quang-nam` is decided under its successor `da-nang`. QĐ 11/2021's criteria are an
 * old-law instrument not available here, so the plugin carries only its validity and succession.
 */
export const quangNamPlugin = defineVnPlugin({
  id: 'quang-nam',
  kind: 'province',
  name: msg('Tỉnh Quảng Nam (đến 30/06/2025)', 'Quảng Nam province (until 2025-06-30)'),
  version: '0.1.0',
  source: { doc: 'qd-11-2021-quang-nam', confidence: 'secondary' },
  validFrom: '2021-08-10',
  validTo: '2025-06-30',
  successor: 'da-nang',
  documents: documents.filter((d) => d.id === 'qd-759-2025-ttg' || d.id === 'qd-11-2021-quang-nam'),
});
