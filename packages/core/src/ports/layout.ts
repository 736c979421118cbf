/**
 * A format-neutral layout of the documents (blocks: the Decree 30/2020 header, titles, paragraphs,
 * tables, explanation trees, signature blocks), so the DOCX, PDF and HTML exporters print the same
 * words in the same order. Layout constants follow Decree 30/2020/NĐ-CP Appendix I (see
 * `fixtures/data/decree-30-2020-format-components.csv`).
 *
 * @packageDocumentation
 */
import { TdktError } from '../errors.js';
import { msg } from '../i18n.js';
import type { ValidDocument } from './documents.js';
import { EMPTY_NOTE, MASKED_NOTE, personalCells, viDate } from './format.js';

type Valid<K extends ValidDocument['kind']> = Extract<ValidDocument, { kind: K }>;

/** Quốc hiệu, emitted verbatim (Decree 30/2020 box 1). */
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Tiêu ngữ, emitted verbatim (Decree 30/2020 box 1). */
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/**
 * Page and type of an administrative document (Decree 30/2020 Appendix I): A4 portrait (landscape
 * allowed for tables), margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm (the smallest
 * are used), Times New Roman, sizes in points.
 */
export const DECREE_30_PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  font: 'Times New Roman',
  pt: { quocHieu: 13, tieuNgu: 14, issuer: 13, number: 13, placeDate: 14, title: 14, body: 14, table: 12, signer: 14, recipientsLabel: 12, recipients: 11 },
  firstLineIndentCm: 1.27,
  paragraphAfterPt: 6,
} as const;

/** One block of a laid-out document. */
export type Block =
  /** The two-column header: issuing body, number | quốc hiệu, tiêu ngữ, place and date. */
  | { type: 'header'; parent?: string; issuer: string; number?: string; placeDate?: string }
  /** Tên loại văn bản and trích yếu (Decree 30 box 5a), centred, bold. */
  | { type: 'title'; text: string; summary?: string; note?: string }
  | { type: 'paragraph'; text: string; italic?: boolean; bold?: boolean; align?: 'left' | 'center' | 'right' | 'justify'; indent?: boolean }
  /** A table; `width` is relative. */
  | { type: 'table'; columns: { header: string; width: number }[]; rows: string[][] }
  /** One node of an explanation tree. */
  | { type: 'tree'; depth: number; mark: string; text: string; citations: string }
  /** Nơi nhận on the left and one or more signers on the right; no signature or seal image. */
  | { type: 'signature'; recipients?: string[]; signers: { authority?: string; title: string; name: string }[] };

/** One document of a layout (a dossier has three). */
export interface LayoutSection {
  /** Stable id, e.g. `to-trinh`, `danh-sach`, `bien-ban`. */
  id: string;
  /** Short Vietnamese title, for sheet and bookmark names. */
  title: string;
  landscape?: boolean;
  blocks: Block[];
}

/** "Đà Nẵng, ngày 05 tháng 02 năm 2025": day < 10 and months 1–2 padded (Decree 30 box 4). */
export function placeDateLine(place: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${place}, ngày ${String(d).padStart(2, '0')} tháng ${month} năm ${y}`;
}

/** "Số: 07/TTr-UBND", or "Số:      /TTr-UBND" for a draft (numbers < 10 padded, Decree 30 box 3). */
export function numberLine(number: number | undefined, type: string, abbreviation: string): string {
  return `Số: ${number === undefined ? '\u00a0'.repeat(6) : String(number).padStart(2, '0')}/${type}-${abbreviation}`;
}

const OUTCOME_VI = { eligible: 'Đủ điều kiện', ineligible: 'Không đủ điều kiện', 'needs-review': 'Cần xem xét' } as const;
/** Vietnamese label of an outcome. */
export function outcomeLabel(o: keyof typeof OUTCOME_VI): string {
  return OUTCOME_VI[o];
}

function percent(x: number): string {
  return `${(Math.round(x * 1000) / 10).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}

/** The danh sách table of a list or dossier: STT, name, position, unit, (birth date, national ID when any row has them, masked unless `showPersonal`), reasons, hash. */
export function listTable(rows: Valid<'proposal-list'>['rows'], showPersonal: boolean): Block {
  const personal = rows.some((r) => r.personal?.nationalId || r.personal?.dateOfBirth);
  const columns = [
    { header: 'STT', width: 6 },
    { header: 'Họ và tên / Tập thể', width: 20 },
    { header: 'Chức vụ', width: 12 },
    { header: 'Đơn vị công tác', width: 20 },
    ...(personal ? [{ header: 'Ngày sinh', width: 12 }, { header: 'Số định danh cá nhân', width: 18 }] : []),
    { header: 'Thành tích / căn cứ đề nghị', width: 32 },
    { header: 'Mã đối chiếu', width: 13 },
  ];
  return {
    type: 'table',
    columns,
    rows: rows.map((r, i) => {
      const p = personalCells(r.personal, showPersonal);
      return [String(i + 1), r.name, r.position ?? '', r.unit, ...(personal ? [p.dateOfBirth, p.nationalId] : []), r.reasons.vi, r.hash.slice(0, 12)];
    }),
  };
}

function privacyNote(rows: Valid<'proposal-list'>['rows'], showPersonal: boolean): Block[] {
  if (!rows.some((r) => r.personal?.nationalId || r.personal?.dateOfBirth)) return [];
  return showPersonal ? [] : [{ type: 'paragraph', text: MASKED_NOTE.vi, italic: true }];
}

/** Layout of a proposal list: optional header, title, note, table (or the empty note). */
export function proposalListLayout(doc: Valid<'proposal-list'>, showPersonal = false): LayoutSection[] {
  const blocks: Block[] = [];
  if (doc.issuer) blocks.push({ type: 'header', ...(doc.issuer.parent ? { parent: doc.issuer.parent } : {}), issuer: doc.issuer.name, placeDate: placeDateLine(doc.issuer.place, doc.asOf) });
  blocks.push({ type: 'title', text: 'DANH SÁCH', summary: `Đề nghị xét tặng ${doc.award.nameVi} năm ${doc.year}` });
  if (doc.note) blocks.push({ type: 'paragraph', text: doc.note.vi, italic: true, align: 'center' });
  if (doc.rows.length === 0) blocks.push({ type: 'paragraph', text: EMPTY_NOTE.vi, italic: true, align: 'center' });
  else blocks.push(listTable(doc.rows, showPersonal), ...privacyNote(doc.rows, showPersonal));
  return [{ id: 'danh-sach', title: 'Danh sách đề nghị', landscape: true, blocks }];
}

function defaultBasis(asOf: string): string[] {
  const law = 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022';
  if (asOf >= '2025-07-01') return [law, 'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng'];
  if (asOf >= '2024-01-01') return [law, 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng'];
  return ['Căn cứ Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2009, 2013)', 'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng'];
}

/** The vote of one listed name: votes in favour, share of the total membership, passed or not. */
export interface VoteResult {
  name: string;
  inFavour: number | undefined;
  share: number | undefined;
  passed: boolean;
}

/**
 * Vote shares of the council: votes in favour over the **total membership** (not those present),
 * compared with `council.threshold` (e.g. 80 % for Chiến sĩ thi đua cơ sở, Decree 98/2023 Art 30
 * cl 7).
 *
 * @throws TdktError `VALIDATION_FAILED` when more votes are counted than members present, or a vote
 *   names nobody on the list.
 */
export function councilVotes(doc: Valid<'dossier'>): VoteResult[] {
  const c = doc.council;
  if (c.present > c.members) throw new TdktError('VALIDATION_FAILED', msg(`Số thành viên có mặt (${c.present}) lớn hơn tổng số thành viên (${c.members})`, `Members present (${c.present}) exceed the membership (${c.members})`), { path: ['council', 'present'], value: c.present });
  c.votes.forEach((v, i) => {
    if (v.inFavour > c.present) throw new TdktError('VALIDATION_FAILED', msg(`Số phiếu đồng ý (${v.inFavour}) lớn hơn số thành viên có mặt (${c.present})`, `Votes in favour (${v.inFavour}) exceed the members present (${c.present})`), { path: ['council', 'votes', i, 'inFavour'], value: v.inFavour });
    if (!doc.rows.some((r) => r.name === v.name)) throw new TdktError('VALIDATION_FAILED', msg(`Phiếu bầu cho người không có trong danh sách: ${v.name}`, `A vote names someone not on the list: ${v.name}`), { path: ['council', 'votes', i, 'name'], value: v.name });
  });
  return doc.rows.map((r) => {
    const v = c.votes.find((x) => x.name === r.name);
    if (!v) return { name: r.name, inFavour: undefined, share: undefined, passed: false };
    const share = v.inFavour / c.members;
    return { name: r.name, inFavour: v.inFavour, share, passed: v.inFavour >= Math.ceil(c.threshold * c.members - 1e-9) };
  });
}

/**
 * Layout of a dossier: the tờ trình (Decree 152/2025 Appendix, Mẫu 01), the danh sách đề nghị
 * attached to it, and the council minutes (biên bản) with each vote and its share. The minutes'
 * national form is not verified; they follow the sector model of Circular 62/2025/TT-BNNMT
 * (Mẫu 03) and Decree 30/2020's layout.
 *
 * @throws TdktError `VALIDATION_FAILED` for inconsistent votes (see {@link councilVotes}).
 */
export function dossierLayout(doc: Valid<'dossier'>, showPersonal = false): LayoutSection[] {
  const { issuer, award, year, council } = doc;
  const date = placeDateLine(issuer.place, doc.asOf);
  const head = (type: string): Block => ({ type: 'header', ...(issuer.parent ? { parent: issuer.parent } : {}), issuer: issuer.name, number: numberLine(doc.number, type, issuer.abbreviation), placeDate: date });
  const ttrNumber = `${doc.number === undefined ? '…' : String(doc.number).padStart(2, '0')}/TTr-${issuer.abbreviation}`;
  const votes = councilVotes(doc);
  const passed = votes.filter((v) => v.passed).length;
  const who = doc.rows.every((r) => r.subjectKind === 'collective') ? 'tập thể' : doc.rows.every((r) => r.subjectKind !== 'collective') ? 'cá nhân' : 'cá nhân và tập thể';
  const verb = award.kind === 'emulation-title' ? 'công nhận danh hiệu' : 'tặng';
  const basis = doc.basis ?? defaultBasis(doc.asOf);

  const toTrinh: Block[] = [
    head('TTr'),
    { type: 'title', text: 'TỜ TRÌNH', summary: `Về việc đề nghị xét tặng ${award.nameVi} năm ${year}` },
    { type: 'paragraph', text: `Kính gửi: ${doc.recipient}.`, align: 'center' },
    ...basis.map((b, i): Block => ({ type: 'paragraph', text: `${b}${i === basis.length - 1 ? '.' : ';'}`, italic: true, indent: true, align: 'justify' })),
    { type: 'paragraph', text: `Căn cứ kết quả họp ${council.name} ngày ${viDate(council.meetingDate)}, ${issuer.name} kính trình ${doc.recipient} xem xét, ${verb} ${award.nameVi} năm ${year} cho ${doc.rows.length} ${who} (có danh sách và biên bản họp Hội đồng kèm theo).`, indent: true, align: 'justify' },
    ...(doc.rows.length === 0 ? [{ type: 'paragraph', text: EMPTY_NOTE.vi, italic: true, indent: true } as Block] : []),
    ...(doc.note ? [{ type: 'paragraph', text: doc.note.vi, indent: true, align: 'justify' } as Block] : []),
    { type: 'paragraph', text: `Kính trình ${doc.recipient} xem xét, quyết định./.`, indent: true, align: 'justify' },
    { type: 'signature', recipients: ['Như trên;', `Lưu: VT, ${issuer.abbreviation}.`], signers: [{ ...(doc.signer.authority ? { authority: doc.signer.authority } : {}), title: doc.signer.title, name: doc.signer.name }] },
  ];

  const danhSach: Block[] = [
    { type: 'header', ...(issuer.parent ? { parent: issuer.parent } : {}), issuer: issuer.name },
    { type: 'title', text: 'DANH SÁCH', summary: `Đề nghị xét tặng ${award.nameVi} năm ${year}`, note: `(Kèm theo Tờ trình số ${ttrNumber} ngày ${viDate(doc.asOf)} của ${issuer.name})` },
    ...(doc.rows.length === 0 ? [{ type: 'paragraph', text: EMPTY_NOTE.vi, italic: true, align: 'center' } as Block] : [listTable(doc.rows, showPersonal), ...privacyNote(doc.rows, showPersonal)]),
  ];

  const need = Math.ceil(council.threshold * council.members - 1e-9);
  const bienBan: Block[] = [
    head('BB'),
    { type: 'title', text: 'BIÊN BẢN', summary: `Họp ${council.name} xét đề nghị ${award.nameVi} năm ${year}` },
    { type: 'paragraph', text: `Thời gian: ngày ${viDate(council.meetingDate)}. Địa điểm: ${issuer.name}.`, indent: true },
    { type: 'paragraph', text: `Thành viên Hội đồng có mặt: ${council.present}/${council.members}.${council.chair ? ` Chủ trì: ${council.chair}.` : ''}${council.secretary ? ` Thư ký: ${council.secretary}.` : ''}`, indent: true },
    { type: 'paragraph', text: `Hội đồng bỏ phiếu kín; tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng (${council.members}); cần từ ${percent(council.threshold)} trở lên, tức ít nhất ${need} phiếu.`, indent: true, align: 'justify' },
    ...(doc.rows.length === 0
      ? [{ type: 'paragraph', text: EMPTY_NOTE.vi, italic: true, indent: true } as Block]
      : [{
          type: 'table',
          columns: [{ header: 'STT', width: 5 }, { header: 'Họ và tên / Tập thể', width: 24 }, { header: 'Đơn vị', width: 24 }, { header: 'Số phiếu đồng ý', width: 12 }, { header: 'Tỷ lệ trên tổng số thành viên', width: 14 }, { header: 'Kết quả', width: 12 }],
          rows: doc.rows.map((r, i) => {
            const v = votes[i]!;
            return [String(i + 1), r.name, r.unit, v.inFavour === undefined ? 'chưa bỏ phiếu' : `${v.inFavour}/${council.members}`, v.share === undefined ? '' : percent(v.share), v.inFavour === undefined ? 'Chưa biểu quyết' : v.passed ? 'Đạt' : 'Không đạt'];
          }),
        } as Block]),
    { type: 'paragraph', text: `Kết luận: ${passed}/${doc.rows.length} trường hợp đạt tỷ lệ phiếu đồng ý theo quy định và được đề nghị xét tặng ${award.nameVi} năm ${year}.`, indent: true, align: 'justify' },
    { type: 'signature', signers: [{ title: 'THƯ KÝ', name: council.secretary ?? '' }, { title: 'CHỦ TRÌ', name: council.chair ?? '' }] },
  ];

  return [
    { id: 'to-trinh', title: 'Tờ trình', blocks: toTrinh },
    { id: 'danh-sach', title: 'Danh sách đề nghị', landscape: true, blocks: danhSach },
    { id: 'bien-ban', title: 'Biên bản họp Hội đồng', blocks: bienBan },
  ];
}

/**
 * Marks of the explanation tree, in words every font can print: `[đạt]`, `[không đạt]`,
 * `[cần xem xét]`, `[thủ tục]` (a step still to be done, e.g. the council vote).
 */
export function outcomeMark(n: { outcome: string; procedural?: boolean }): string {
  return n.procedural ? '[thủ tục]' : n.outcome === 'eligible' ? '[đạt]' : n.outcome === 'ineligible' ? '[không đạt]' : '[cần xem xét]';
}

/** Layout of the explanation report: title, summary table, then each decision with its cited tree. */
export function explanationLayout(doc: Valid<'explanation-report'>): LayoutSection[] {
  const blocks: Block[] = [
    { type: 'title', text: `BÁO CÁO GIẢI TRÌNH KẾT QUẢ XÉT THI ĐUA, KHEN THƯỞNG NĂM ${doc.year}` },
    { type: 'paragraph', text: `Ngày xét: ${viDate(doc.asOf)}. Quy định áp dụng: các quy định có hiệu lực vào ngày xét${doc.rulePacks.length ? ` (bộ quy tắc ${doc.rulePacks.join(', ')})` : ''}.`, italic: true, align: 'center' },
  ];
  if (doc.note) blocks.push({ type: 'paragraph', text: doc.note.vi, italic: true });
  if (doc.entries.length === 0) return [{ id: 'giai-trinh', title: 'Báo cáo giải trình', blocks: [...blocks, { type: 'paragraph', text: EMPTY_NOTE.vi, italic: true, align: 'center' }] }];
  const awards = [...new Map(doc.entries.map((e) => [e.award.code, e.award])).values()];
  const n = (code: string, o: string) => String(doc.entries.filter((e) => e.award.code === code && e.outcome === o).length);
  blocks.push({ type: 'table', columns: [{ header: 'Danh hiệu / hình thức', width: 40 }, { header: 'Đủ điều kiện', width: 15 }, { header: 'Cần xem xét', width: 15 }, { header: 'Không đủ điều kiện', width: 15 }], rows: awards.map((a) => [a.nameVi, n(a.code, 'eligible'), n(a.code, 'needs-review'), n(a.code, 'ineligible')]) });
  for (const e of doc.entries) {
    blocks.push({ type: 'paragraph', text: `${e.award.nameVi} — ${e.name}${e.unit && e.unit !== e.name ? ` — ${e.unit}` : ''}: ${outcomeLabel(e.outcome)}`, bold: true });
    const visit = (node: typeof e.explanation, depth: number): void => {
      blocks.push({ type: 'tree', depth, mark: outcomeMark(node), text: `${node.route ? `(${node.route}) ` : ''}${node.text.vi}`, citations: [...new Set(node.citations)].join('; ') });
      node.children.forEach((c) => visit(c, depth + 1));
    };
    visit(e.explanation, 0);
    blocks.push({ type: 'paragraph', text: `Mã đối chiếu ${e.hash.slice(0, 16)}`, italic: true });
  }
  return [{ id: 'giai-trinh', title: 'Báo cáo giải trình', blocks }];
}

/**
 * The layout of any validated document.
 *
 * @throws TdktError `VALIDATION_FAILED` for inconsistent council votes.
 */
export function layoutOf(doc: ValidDocument, showPersonal = false): LayoutSection[] {
  switch (doc.kind) {
    case 'proposal-list':
      return proposalListLayout(doc, showPersonal);
    case 'dossier':
      return dossierLayout(doc, showPersonal);
    case 'explanation-report':
      return explanationLayout(doc);
  }
}
