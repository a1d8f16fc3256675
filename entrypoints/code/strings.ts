// Fixed words of the "Bộ quy tắc" page, Vietnamese first. Clause titles and texts come from
// rules/clauses.ts; examples from examples.ts; the account section from account.ts.
import type { Lang, LocalText } from '../../rules/types';

export const S = {
  pageTitle: { vi: 'Bộ quy tắc ứng xử trên mạng xã hội', en: 'Code of Conduct on Social Networks' },
  intro: {
    vi: 'Quyết định 874/QĐ-BTTTT ngày 17/6/2021 đặt ra các quy tắc ứng xử trên mạng xã hội cho mọi người, cho cán bộ, công chức và cho cơ quan nhà nước. Trang này giải thích từng điểm bằng lời dễ hiểu, kèm một ví dụ nên làm và một ví dụ không nên làm do nhóm Ứng Xử viết.',
    en: 'Decision 874/QĐ-BTTTT of 17 June 2021 sets out rules of conduct on social networks for everyone, for civil servants and for state agencies. This page explains each point in plain words, with one example to follow and one to avoid, written by the Ứng Xử team.',
  },
  offline: {
    vi: 'Trang này nằm sẵn trong tiện ích và không tải gì từ Internet. Các đường link bên dưới chỉ mở khi bạn bấm vào.',
    en: 'This page ships inside the extension and loads nothing from the Internet. The links below open only when you click them.',
  },
  skip: { vi: 'Bỏ qua, đến nội dung chính', en: 'Skip to main content' },
  langSwitch: { vi: 'Ngôn ngữ', en: 'Language' },
  contents: { vi: 'Mục lục', en: 'Contents' },
  article: { vi: 'Điều', en: 'Article' },
  rule: { vi: 'Quy định', en: 'The rule' },
  plain: { vi: 'Nói dễ hiểu', en: 'In plain words' },
  good: { vi: 'Nên', en: 'Do' },
  bad: { vi: 'Không nên', en: "Don't" },
  seeAccount: {
    vi: 'Xem phần "Khi tài khoản bị mất hoặc bị giả mạo" bên dưới.',
    en: 'See "When an account is lost or impersonated" below.',
  },
  accountTitle: {
    vi: 'Khi tài khoản bị mất hoặc bị giả mạo',
    en: 'When an account is lost or impersonated',
  },
  accountIntro: {
    vi: 'Theo Điều 4.3 và 6.2, khi tài khoản bị mất quyền kiểm soát hoặc bị giả mạo, hãy nhanh chóng bảo vệ tài khoản và báo cho nhà cung cấp dịch vụ và cơ quan chức năng.',
    en: 'Under Articles 4.3 and 6.2, when an account is taken over or impersonated, secure it quickly and tell the service provider and the authorities.',
  },
  secureTitle: { vi: 'Bảo vệ tài khoản', en: 'Secure the account' },
  agencyTitle: { vi: 'Nếu đó là tài khoản, trang của cơ quan', en: "If it is an agency's account or page" },
  reportTitle: { vi: 'Báo cáo ở đâu', en: 'Where to report' },
  linkNote: {
    vi: 'Các trang này do bên ngoài quản lý và có thể thay đổi; Ứng Xử không gửi gì cho họ.',
    en: 'These pages belong to others and may change; Ứng Xử sends them nothing.',
  },
  footer: {
    vi: 'Ứng Xử chỉ gợi ý, không chặn và không gửi nội dung bạn viết đi đâu cả. Văn bản gốc của Quyết định có giá trị pháp lý; trang này chỉ giải thích.',
    en: 'Ứng Xử only gives hints: it never blocks and never sends what you write anywhere. The Decision’s original text is what counts in law; this page only explains it.',
  },
} satisfies Record<string, LocalText>;

export const tr = (text: LocalText, lang: Lang): string => text[lang];
