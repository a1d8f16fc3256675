// The engine asks franc-min only about Vietnamese and English (`only: ['vie', 'eng']`), but the
// package's data.js carries trigrams for 82 languages (~46 KiB gzip), most of the content script.
// This Vite plugin serves a data.js with just those two: franc's answer for vie/eng is unchanged
// (it filters to `only` anyway, and a text in another script still comes out as neither).
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

export const KEPT_LANGUAGES = ['vie', 'eng'] as const;

export function francTwoLanguages(): Plugin {
  return {
    name: 'ungxu:franc-two-languages',
    enforce: 'pre',
    async load(id) {
      if (!/franc-min[\\/]data\.js$/.test(id.split('?')[0] ?? '')) return null;
      const { data } = (await import(pathToFileURL(id.split('?')[0] ?? id).href)) as {
        data: Record<string, Record<string, string>>;
      };
      const latin = data.Latin ?? {};
      const kept = Object.fromEntries(KEPT_LANGUAGES.map((lang) => [lang, latin[lang] ?? '']));
      return `export const data = ${JSON.stringify({ Latin: kept })};`;
    },
  };
}
