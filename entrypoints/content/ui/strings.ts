// Every string the in-page UI shows, Vietnamese first with English (the config's uiLang picks one).
import type { LocalText, RuleCategory } from '../../../rules/types';

export type UiLang = 'vi' | 'en';

export const T = {
  badge: { vi: 'Ứng Xử: {n} gợi ý', en: 'Ứng Xử: {n} hints' },
  card: { vi: 'Gợi ý của Ứng Xử', en: 'Ứng Xử hint' },
  clause: { vi: 'Điều {c}', en: 'Article {c}' },
  code: {
    vi: 'Bộ Quy tắc ứng xử trên mạng xã hội (QĐ 874/QĐ-BTTTT)',
    en: 'Code of Conduct on Social Networks (Decision 874/QĐ-BTTTT)',
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
  contact: { vi: 'Liên hệ: {c}', en: 'Contact: {c}' },
  position: { vi: '{i}/{n}', en: '{i} of {n}' },
  prev: { vi: 'Gợi ý trước', en: 'Previous hint' },
  next: { vi: 'Gợi ý sau', en: 'Next hint' },
  shortcut: { vi: 'Alt+Shift+U mở gợi ý tại con trỏ', en: 'Alt+Shift+U opens the hint at the caret' },
} satisfies Record<string, LocalText>;

export const CATEGORY_NAMES: Record<RuleCategory, LocalText> = {
  hate: { vi: 'Thù ghét', en: 'Hate' },
  violence: { vi: 'Bạo lực', en: 'Violence' },
  regional: { vi: 'Phân biệt vùng miền', en: 'Regional discrimination' },
  religious: { vi: 'Phân biệt tôn giáo', en: 'Religious discrimination' },
  gender: { vi: 'Phân biệt giới', en: 'Gender discrimination' },
  insult: { vi: 'Xúc phạm', en: 'Insult' },
  vulgar: { vi: 'Ngôn ngữ phản cảm', en: 'Offensive language' },
  unverified: { vi: 'Thông tin chưa kiểm chứng', en: 'Unverified claim' },
  'illegal-ads': { vi: 'Quảng cáo trái phép', en: 'Illegal advertising' },
  privacy: { vi: 'Thông tin riêng tư', en: 'Private information' },
  confidential: { vi: 'Tài liệu nội bộ', en: 'Confidential document' },
  'agency-topic': { vi: 'Lĩnh vực của cơ quan', en: "Your agency's field" },
  'official-source': { vi: 'Cần nguồn chính thống', en: 'Official source needed' },
};

/** Picks the language and fills {placeholders}. */
export function t(text: LocalText, lang: UiLang, vars: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
