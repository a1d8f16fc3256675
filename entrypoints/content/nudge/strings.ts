// Strings of the submit-time nudge, Vietnamese first with English (the config's uiLang picks one).
import type { LocalText } from '../../../rules/types';

export const N = {
  title: { vi: 'Xem lại trước khi đăng?', en: 'Take another look before posting?' },
  summary: {
    vi: 'Nội dung này còn {n} gợi ý của Ứng Xử: {cats}.',
    en: 'This text still has {n} Ứng Xử hints: {cats}.',
  },
  more: { vi: 'và {n} gợi ý khác', en: 'and {n} more' },
  note: {
    vi: 'Ứng Xử không gửi nội dung của bạn đi đâu. Bạn quyết định.',
    en: 'Ứng Xử sends your text nowhere. It is your call.',
  },
  edit: { vi: 'Sửa lại', en: 'Edit' },
  send: { vi: 'Vẫn đăng', en: 'Post anyway' },
  list: { vi: 'Những chỗ cần xem lại', en: 'What to look at' },
} satisfies Record<string, LocalText>;
