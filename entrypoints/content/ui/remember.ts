import type { Finding } from '../../../rules/types';

/**
 * Whether "always ignore this word" may be offered: never for pinned (agency) hints, and never for
 * personal data or anything with digits (ID, phone, account or document numbers, codes) — the
 * allow-list lives in the browser's sync storage, so remembering the "word" would store the secret
 * itself. Ignore once stays available.
 */
export const canRemember = (f: Finding): boolean =>
  !f.pinned && f.category !== 'privacy' && !/\p{N}/u.test(f.matched);
