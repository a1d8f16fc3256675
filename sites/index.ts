// The site registry: every adapter, in order of precedence. The hosts they declare are the single source
// of where the content script runs by default (manifest `matches`), which sites the popup shows as on
// without asking for a permission, and which origins the Chromium tests answer from fixture pages.
import { facebook } from './facebook';
import { generic } from './generic';
import type { SiteAdapter } from './types';
import { zalo } from './zalo';

export type { SiteAdapter } from './types';

/** Adapters in order of precedence: the first whose selectors and accept() claim an element wins. */
export const ADAPTERS: readonly SiteAdapter[] = [facebook, zalo, generic];

/** Hosts where the content script runs without the user switching anything on. */
export const BUILTIN_HOSTS: readonly string[] = ADAPTERS.flatMap((a) => a.hosts);

/** Match pattern of one host, any scheme the browser allows for content scripts (http, https). */
export const hostPattern = (host: string): string => `*://${host}/*`;

/** The content script's manifest `matches`. */
export const CONTENT_MATCHES: string[] = BUILTIN_HOSTS.map(hostPattern);

/** Which adapter owns this element, if any. */
export function adapterFor(el: HTMLElement, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAdapter | null {
  for (const a of adapters) {
    if (a.selectors.some((s) => el.matches(s))) return a.accept(el) ? a : null;
  }
  return null;
}
