import { facebook } from './facebook';
import { generic } from './generic';
import type { SiteAdapter } from './types';
import { zalo } from './zalo';

export type { SiteAdapter } from './types';

/** Adapters in order of precedence: the first whose selectors and accept() claim an element wins. */
export const ADAPTERS: readonly SiteAdapter[] = [facebook, zalo, generic];

/** Which adapter owns this element, if any. */
export function adapterFor(el: HTMLElement, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAdapter | null {
  for (const a of adapters) {
    if (a.selectors.some((s) => el.matches(s))) return a.accept(el) ? a : null;
  }
  return null;
}
