/**
 * Vietnamese text helpers: NFC normalisation at every boundary and a matching key that makes
 * names typed by people compare equal across Unicode forms (NFC/NFD), tone-mark placement
 * ("Hòa"/"Hoà", "Thủy"/"Thuỷ") and letter case.
 *
 * @packageDocumentation
 */

/** The five Vietnamese tone marks as combining characters (grave, acute, hook above, tilde, dot below). */
const TONE_MARKS = /[\u0300\u0301\u0309\u0303\u0323]/g;
const ALL_MARKS = /[\u0300-\u036f]/g;

/**
 * Normalises text to Unicode NFC. Apply at every boundary where text enters the library.
 *
 * @example nfc('Hoa\u0300') === 'Hoà'
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * A key for comparing names typed by people: NFC or NFD input, either tone-mark placement and any
 * letter case give the same key. Tone marks are kept (so "Hòa" and "Hóa" differ) but moved to the
 * end of their syllable, which is what makes "Hòa" and "Hoà" equal.
 *
 * @example matchKey('Thủy') === matchKey('THUỶ')
 */
export function matchKey(text: string): string {
  const decomposed = String(text ?? '').normalize('NFD').toLowerCase().trim().replace(/\s+/g, ' ');
  return decomposed
    .split(' ')
    .map((syllable) => {
      const tones = syllable.match(TONE_MARKS) ?? [];
      return syllable.replace(TONE_MARKS, '') + tones.sort().join('');
    })
    .join(' ')
    .normalize('NFC');
}

/** True when two strings are the same name for a person (see {@link matchKey}). */
export function sameText(a: string, b: string): boolean {
  return matchKey(a) === matchKey(b);
}

/**
 * Removes every diacritic (and maps đ/Đ to d/D), lower-cases and collapses spaces: for matching
 * column headers typed with or without diacritics ("Xếp loại" → "xep loai").
 */
export function asciiFold(text: string): string {
  return String(text ?? '')
    .normalize('NFD')
    .replace(ALL_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
