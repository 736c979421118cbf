import { describe, expect, it } from 'vitest';
import { asciiFold, matchKey, nfc, sameText } from '../src/index.js';

describe('Vietnamese text', () => {
  it('NFC and NFD compare equal', () => {
    expect(sameText('Nguyễn Thị Hòa'.normalize('NFD'), 'Nguyễn Thị Hòa')).toBe(true);
    expect(nfc('Hoa\u0300')).toBe('Hoà');
  });
  it('either tone-mark placement compares equal', () => {
    expect(sameText('Hòa', 'Hoà')).toBe(true);
    expect(sameText('Thủy', 'Thuỷ')).toBe(true);
    expect(sameText('KHOẺ', 'khỏe')).toBe(true);
  });
  it('different tones stay different', () => {
    expect(sameText('Hòa', 'Hóa')).toBe(false);
    expect(matchKey('Hòa')).not.toBe(matchKey('Hoa'));
  });
  it('asciiFold strips diacritics and đ', () => {
    expect(asciiFold('Xếp loại  Đơn vị')).toBe('xep loai don vi');
  });
});
