// Addresses on the "Bộ quy tắc" page. Hint cards and the popup link here, so the format lives in one place.
// Anchors use a dash ("clause-4-5"), not the clause's dot: a dot would need escaping in CSS selectors and
// reads like a file extension. "#clause-4.5" is still accepted on arrival, for hand-typed links.
import type { ClauseId, Lang } from '../../rules/types';

/** Path of the page inside the extension (WXT builds entrypoints/code/index.html to /code.html). */
export const CODE_PAGE_PATH = '/code.html';

/** Anchor of the account-safety section ("Khi tài khoản bị mất hoặc bị giả mạo"). */
export const ACCOUNT_ANCHOR = 'account';

const CLAUSE_ID = /^(\d{1,2})\.(\d{1,2})$/;
const CLAUSE_HASH = /^#?clause-(\d{1,2})[-.](\d{1,2})$/;

/** "4.5" → "clause-4-5"; null for anything that is not "<article>.<point>". */
export function clauseAnchor(id: ClauseId): string | null {
  const m = CLAUSE_ID.exec(id.trim());
  return m ? `clause-${m[1]}-${m[2]}` : null;
}

const withLang = (lang: Lang | undefined): string => (lang ? `?lang=${lang}` : '');

/**
 * Relative extension URL of a clause on the page: clauseUrl('4.5') → "/code.html#clause-4-5".
 * From an extension page (popup) use it as an href as is; from a content script resolve it with
 * browser.runtime.getURL(). `lang` opens the page in the card's language. A malformed id links to the top.
 */
export function clauseUrl(id: ClauseId, lang?: Lang): string {
  const anchor = clauseAnchor(id);
  return `${CODE_PAGE_PATH}${withLang(lang)}${anchor ? `#${anchor}` : ''}`;
}

/** Relative extension URL of the account-safety section. */
export const accountHelpUrl = (lang?: Lang): string => `${CODE_PAGE_PATH}${withLang(lang)}#${ACCOUNT_ANCHOR}`;

/**
 * The element id a location hash points at: "#clause-4-5" and "#clause-4.5" → "clause-4-5",
 * "#account" → "account"; null for an empty or unknown hash.
 */
export function targetFromHash(hash: string): string | null {
  const m = CLAUSE_HASH.exec(hash);
  if (m) return `clause-${m[1]}-${m[2]}`;
  return hash.replace(/^#/, '') === ACCOUNT_ANCHOR ? ACCOUNT_ANCHOR : null;
}
