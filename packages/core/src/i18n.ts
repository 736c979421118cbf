/**
 * A user-facing message in Vietnamese and English. Every message the library produces has both.
 */
export interface Message {
  /** Vietnamese text (NFC). */
  vi: string;
  /** English text. No English text of Vietnamese law has legal force. */
  en: string;
}

/**
 * Text that is already NFC without looking further: every character below U+0300 (where the
 * combining marks start), in Latin Extended Additional (U+1E00–U+1EFF, the precomposed
 * Vietnamese letters), in General Punctuation from U+2002 (dashes, quotes) or `≤`/`≥` is a
 * starter that no normalisation changes or composes. Vietnamese written in NFC passes this check;
 * anything else goes through `normalize`.
 */
const ALREADY_NFC = /^[\u0000-\u02ff\u1e00-\u1eff\u2002-\u206f\u2264\u2265]*$/;

/** Builds a {@link Message} from its Vietnamese and English text (normalised to NFC). */
export function msg(vi: string, en: string): Message {
  return { vi: ALREADY_NFC.test(vi) ? vi : vi.normalize('NFC'), en };
}

/** Chooses one language of a message. */
export function pick(message: Message, lang: 'vi' | 'en'): string {
  return message[lang];
}
