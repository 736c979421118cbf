/**
 * A user-facing message in Vietnamese and English. Every message the library produces has both.
 */
export interface Message {
  /** Vietnamese text (NFC). */
  vi: string;
  /** English text. No English text of Vietnamese law has legal force. */
  en: string;
}

/** Builds a {@link Message} from its Vietnamese and English text (normalised to NFC). */
export function msg(vi: string, en: string): Message {
  return { vi: vi.normalize('NFC'), en };
}

/** Chooses one language of a message. */
export function pick(message: Message, lang: 'vi' | 'en'): string {
  return message[lang];
}
