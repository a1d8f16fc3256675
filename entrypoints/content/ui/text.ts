// Every string the in-page UI shows (badge, hint card, nudge dialog, long-text notice), Vietnamese first with English; the
// config's UI language picks one. Category names come from rules/categories.ts, the one table of them.
import { categoryInfo } from '../../../rules/categories';
import type { Lang, LocalText, RuleCategory } from '../../../rules/types';

export const TEXT = {
  badge: { vi: 'Ứng Xử: {n} gợi ý', en: 'Ứng Xử: {n} hints' },
  shortcut: { vi: 'Alt+Shift+U mở gợi ý tại con trỏ', en: 'Alt+Shift+U opens the hint at the caret' },

  card: { vi: 'Gợi ý của Ứng Xử', en: 'Ứng Xử hint' },
  clause: { vi: 'Điều {c}', en: 'Article {c}' },
  code: {
    vi: 'Bộ Quy tắc ứng xử trên mạng xã hội (QĐ 874/QĐ-BTTTT)',
    en: 'Code of Conduct on Social Networks (Decision 874/QĐ-BTTTT)',
  },
  /** Accessible name of the clause link: starts with its visible label ("Điều 5.3"). */
  openClause: {
    vi: 'Điều {c}: xem trong Bộ quy tắc (mở tab mới)',
    en: 'Article {c}: read it in the Code of Conduct (opens a new tab)',
  },
  apply: { vi: 'Thay bằng “{r}”', en: 'Replace with “{r}”' },
  ignoreOnce: { vi: 'Bỏ qua lần này', en: 'Ignore once' },
  ignoreAlways: { vi: 'Luôn bỏ qua từ này', en: 'Always ignore this word' },
  close: { vi: 'Đóng (Esc)', en: 'Close (Esc)' },
  pinned: { vi: 'Quy định của {a} — không thể bỏ qua.', en: 'Rule set by {a} — cannot be ignored.' },
  pinnedNoName: {
    vi: 'Quy định của cơ quan — không thể bỏ qua.',
    en: 'Rule set by your agency — cannot be ignored.',
  },
  /** Guidance (severity info) from the agency: a reminder, not a rule that "cannot be ignored". */
  reminderFrom: { vi: 'Lời nhắc của {a}.', en: 'A reminder from {a}.' },
  reminderFromAgency: { vi: 'Lời nhắc của cơ quan bạn.', en: 'A reminder from your agency.' },
  contact: { vi: 'Liên hệ: {c}', en: 'Contact: {c}' },
  position: { vi: '{i}/{n}', en: '{i} of {n}' },
  prev: { vi: 'Gợi ý trước', en: 'Previous hint' },
  next: { vi: 'Gợi ý sau', en: 'Next hint' },
  /** The words underlined with a toxic hint (whom it is aimed at, what carries it). */
  related: { vi: 'Gạch chân cùng: {w}', en: 'Underlined with it: {w}' },
  /** A hint raised by the small on-device model (rules/learned), with the words that weighed most. */
  learned: {
    vi: 'Nhận ra bởi một mô hình nhỏ chạy ngay trên máy này (không gửi gì đi). Từ nặng ký nhất: {w}',
    en: 'Recognised by a small model running on this device (nothing is sent). Words that weighed most: {w}',
  },
  /** Shown before the category of a guidance hint, so it reads as advice. */
  guidance: { vi: 'Lưu ý', en: 'Note' },

  /** The nudge speaks of posting on a feed and of sending in a chat (SendGestures.chat). */
  nudgeTitle: { vi: 'Xem lại trước khi đăng?', en: 'Take another look before posting?' },
  nudgeTitleChat: { vi: 'Xem lại trước khi gửi?', en: 'Take another look before sending?' },
  /** {list}: the counts by category, "2 chỗ về bạo lực và 1 chỗ về thù ghét". */
  nudgeSummary: { vi: 'Ứng Xử thấy {list}.', en: 'Ứng Xử found {list}.' },
  nudgeCountOne: { vi: '{n} chỗ về {c}', en: '{n} hint about {c}' },
  nudgeCountMany: { vi: '{n} chỗ về {c}', en: '{n} hints about {c}' },
  nudgeMore: { vi: 'và {n} gợi ý khác', en: 'and {n} more' },
  nudgeNote: {
    vi: 'Ứng Xử không gửi nội dung của bạn đi đâu. Bạn quyết định.',
    en: 'Ứng Xử sends your text nowhere. It is your call.',
  },
  nudgeEdit: { vi: 'Sửa lại', en: 'Edit' },
  nudgeSend: { vi: 'Vẫn đăng', en: 'Post anyway' },
  nudgeSendChat: { vi: 'Vẫn gửi', en: 'Send anyway' },
  nudgeList: { vi: 'Những chỗ cần xem lại', en: 'What to look at' },

  /** Next to a box whose text is longer than the content script checks (limits.ts). */
  limitNotice: {
    vi: 'Đã kiểm tra {n} ký tự đầu (trên {total})',
    en: 'First {n} characters checked (of {total})',
  },
} satisfies Record<string, LocalText>;

/** Picks the language and fills {placeholders}. */
export function t(text: LocalText, lang: Lang, vars: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** The category's short name, as the popup and the Code page show it. */
export const categoryName = (c: RuleCategory, lang: Lang): string => categoryInfo(c).name[lang];

/**
 * Straight double quotes of rule prose ("người miền Bắc") as the typographic pair the card uses
 * elsewhere (“người miền Bắc”). An unpaired quote is left as typed.
 */
export const curlyQuotes = (s: string): string => s.replace(/"([^"\n]+)"/g, '“$1”');
