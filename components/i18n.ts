// Strings of the extension pages (popup, "Bộ quy tắc" page) come from the extension's own _locales files.
// Both files are bundled so the in-page language switch works without reloading (browser.i18n only
// speaks the browser's language).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '../public/_locales/en/messages.json';
import vi from '../public/_locales/vi/messages.json';
import type { Lang } from '../rules/types';

export type MessageKey = keyof typeof vi;
interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const FILES: Record<Lang, Record<string, Entry>> = { vi, en };

export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

/** Resolves "$NAME$" through its placeholder ("$1") to the substitution, as chrome.i18n does. */
export function makeT(lang: Lang): Translate {
  return (key, ...subs) => {
    const entry = FILES[lang][key] ?? FILES.vi[key];
    if (!entry) return key;
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      const index = content ? Number(content.replace('$', '')) - 1 : -1;
      return index >= 0 && index < subs.length ? String(subs[index]) : whole;
    });
  };
}

export const I18n = createContext<{ t: Translate; lang: Lang }>({ t: makeT('vi'), lang: 'vi' });
export const useI18n = () => useContext(I18n);
