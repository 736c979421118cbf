import { describe, expect, it } from 'vitest';
import { asciiFold, matchKey, msg, nfc, sameText } from '../src/index.js';

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
  it('msg gives NFC text, with or without the fast path', () => {
    // Every character the fast path lets through is a starter NFC leaves alone, alone or in pairs.
    const safe: string[] = [];
    for (let c = 0; c < 0x300; c++) safe.push(String.fromCharCode(c));
    for (let c = 0x1e00; c <= 0x1eff; c++) safe.push(String.fromCharCode(c));
    for (let c = 0x2002; c <= 0x206f; c++) safe.push(String.fromCharCode(c));
    safe.push('≤', '≥');
    for (const a of safe) {
      expect(a.normalize('NFC')).toBe(a);
      for (const b of ['a', 'A', 'ệ', '=', '\u2003']) expect((b + a + b).normalize('NFC')).toBe(b + a + b);
    }
    expect(msg('\u2000', 'x').vi).toBe('\u2002');
    expect(msg('Nguyễn Thị Hòa', 'x').vi).toBe('Nguyễn Thị Hòa');
    expect(msg('Nguyễn Thị Hòa'.normalize('NFD'), 'x').vi).toBe('Nguyễn Thị Hòa');
    expect(msg('Ho\u0300a — 100%', 'x').vi).toBe('Hòa — 100%');
  });
});
