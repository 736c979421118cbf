import type { Citation, Confidence } from '@tdkt/core';
import { SOURCES } from './documents.js';

type Where = { article?: number | string; clause?: number | string; point?: string; note?: string; url?: string };

function make(doc: string, defaultUrl: string | undefined) {
  return (confidence: Confidence, where: Where = {}): Citation => ({
    doc,
    ...(where.article !== undefined ? { article: where.article } : {}),
    ...(where.clause !== undefined ? { clause: where.clause } : {}),
    ...(where.point !== undefined ? { point: where.point } : {}),
    ...(where.url ?? defaultUrl ? { url: where.url ?? defaultUrl } : {}),
    confidence,
    ...(where.note ? { note: where.note } : {}),
  });
}

/** Citation builders, one per document of the registry. */
export const cite = {
  law: make('luat-06-2022', SOURCES.law2022),
  oldLaw: make('luat-tdkt-2003', undefined),
  law2026: make('luat-06-2026', SOURCES.law2026),
  d65: make('nd-65-2014', undefined),
  d91: make('nd-91-2017', undefined),
  d122: make('nd-122-2018', undefined),
  d98: make('nd-98-2023', SOURCES.decree98),
  d86: make('nd-86-2023', SOURCES.decree86),
  d152: make('nd-152-2025', SOURCES.decree152),
  d129: make('nd-129-2025', SOURCES.decree129),
  d90: make('nd-90-2020', SOURCES.decree90),
  tt01: make('tt-01-2024-bnv', SOURCES.tt01),
  tt15: make('tt-15-2025-bnv', SOURCES.tt15),
  cv5007: make('cv-5007-bnv-2023', SOURCES.letter5007),
  ttKiemSat: make('tt-02-2024-vksndtc', SOURCES.kiemSat),
  moha: make('tl-bnv', undefined),
  centralBoard: make('tl-btdkttw', undefined),
  portal: make('tl-dvcqg', SOURCES.heroCycle),
  culture: make('tl-bvhttdl', SOURCES.gdvhGiayKhen),
};
