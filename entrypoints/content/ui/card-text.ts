// Card strings added with issue 8 (clause links, calm guidance), Vietnamese first with English.
import type { LocalText } from '../../../rules/types';

export const CARD_TEXT = {
  /** Accessible name of the clause link: starts with its visible label ("Điều 5.3"). */
  openClause: {
    vi: 'Điều {c}: xem trong Bộ quy tắc (mở tab mới)',
    en: 'Article {c}: read it in the Code of Conduct (opens a new tab)',
  },
  /** Guidance (severity info) from the agency: a reminder, not a rule that "cannot be ignored". */
  reminderFrom: { vi: 'Lời nhắc của {a}.', en: 'A reminder from {a}.' },
  reminderFromAgency: { vi: 'Lời nhắc của cơ quan bạn.', en: 'A reminder from your agency.' },
  /** The words underlined with a toxic hint (whom it is aimed at, what carries it). */
  related: { vi: 'Gạch chân cùng: {w}', en: 'Underlined with it: {w}' },
  /** Shown before the category of a guidance hint, so it reads as advice. */
  guidance: { vi: 'Lưu ý', en: 'Note' },
} satisfies Record<string, LocalText>;
