/** Text helpers shared by the exporters: masking personal data, dates, fixed notes. */
import { msg, type Message } from '../i18n.js';

/** Masks a national ID to its last 3 digits: `001085012345` → `*********345`. */
export function maskNationalId(id: string | undefined): string {
  if (!id) return '';
  return `${'*'.repeat(Math.max(0, id.length - 3))}${id.slice(-3)}`;
}

/** Masks a date of birth to its year behind stars: `1985-03-07` becomes stars, slashes and `1985`. */
export function maskDateOfBirth(date: string | undefined): string {
  if (!date) return '';
  return `**/**/${date.slice(0, 4)}`;
}

/** `2025-12-05` → `05/12/2025`. */
export function viDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** National ID and date of birth as printed: masked unless `show`. */
export function personalCells(p: { nationalId?: string; dateOfBirth?: string } | undefined, show: boolean): { nationalId: string; dateOfBirth: string } {
  if (show) return { nationalId: p?.nationalId ?? '', dateOfBirth: p?.dateOfBirth ? viDate(p.dateOfBirth) : '' };
  return { nationalId: maskNationalId(p?.nationalId), dateOfBirth: maskDateOfBirth(p?.dateOfBirth) };
}

/** The note printed on an empty list or report, so an empty document is still a valid, explained file. */
export const EMPTY_NOTE: Message = msg('Không có trường hợp nào trong danh sách này.', 'There is no entry in this list.');

/** The note printed when personal data is masked. */
export const MASKED_NOTE: Message = msg(
  'Số định danh cá nhân và ngày sinh được che theo mục đích sử dụng; chỉ hiện khi có yêu cầu nêu rõ mục đích.',
  'National IDs and dates of birth are masked by purpose; they are shown only on a request stating its purpose.',
);

