// The categories of hints, one row each: the single source of a category's id, whether it is toxic
// speech, the clauses of Decision 874/QĐ-BTTTT it rests on, and its short name and one-line description
// (Vietnamese first, with English). rules/types.ts derives CATEGORIES, TOXIC_CATEGORIES and the
// guidance ids from it; the popup, the hint card, the nudge, the "Bộ quy tắc" page, the rules catalogue
// and both JSON schemas read it, and tests/unit/categories.test.ts pins each of them to it.
// Pure data with no imports, so that rules/types.ts can build on it.

interface CategoryRow {
  /** Stable id, used in rules, policies, statistics and data attributes. */
  readonly id: string;
  /** 'code': a hint about a breach of the Code; 'guidance': a calm reminder (Điều 5.3, 6.3), never a breach. */
  readonly kind: 'code' | 'guidance';
  /** Hate, violence, discrimination, insults and vulgarity: the words such a hint is aimed at are underlined too. */
  readonly toxic: boolean;
  /** Points of the Code ("<article>.<point>") the category rests on; the first is the main one. */
  readonly clauses: readonly string[];
  /** Short name: the popup's switch, the card's header, the nudge's list, statistics. */
  readonly name: { readonly vi: string; readonly en: string };
  /** One line saying what the category covers. */
  readonly description: { readonly vi: string; readonly en: string };
}

export const CATEGORY_TABLE = [
  {
    id: 'hate',
    kind: 'code',
    toxic: true,
    clauses: ['4.5'],
    name: { vi: 'Thù ghét', en: 'Hate speech' },
    description: {
      vi: 'Lời lẽ miệt thị, gây thù ghét với một nhóm người.',
      en: 'Demeaning or hateful words about a group of people.',
    },
  },
  {
    id: 'violence',
    kind: 'code',
    toxic: true,
    clauses: ['4.5'],
    name: { vi: 'Bạo lực', en: 'Violence' },
    description: { vi: 'Đe dọa, kích động bạo lực.', en: 'Threats and incitement to violence.' },
  },
  {
    id: 'regional',
    kind: 'code',
    toxic: true,
    clauses: ['4.5'],
    name: { vi: 'Phân biệt vùng miền', en: 'Regional discrimination' },
    description: {
      vi: 'Kỳ thị người khác vì quê quán.',
      en: 'Looking down on people for where they come from.',
    },
  },
  {
    id: 'religious',
    kind: 'code',
    toxic: true,
    clauses: ['4.5'],
    name: { vi: 'Phân biệt tôn giáo', en: 'Religious discrimination' },
    description: { vi: 'Kỳ thị, xúc phạm tôn giáo.', en: 'Discrimination against or insults to a religion.' },
  },
  {
    id: 'gender',
    kind: 'code',
    toxic: true,
    clauses: ['4.5'],
    name: { vi: 'Phân biệt giới tính', en: 'Gender discrimination' },
    description: {
      vi: 'Kỳ thị vì giới tính, xu hướng tính dục.',
      en: 'Discrimination by gender or sexual orientation.',
    },
  },
  {
    id: 'insult',
    kind: 'code',
    toxic: true,
    clauses: ['4.6'],
    name: { vi: 'Xúc phạm', en: 'Insult' },
    description: {
      vi: 'Xúc phạm danh dự, nhân phẩm người khác.',
      en: "Insults to a person's honour and dignity.",
    },
  },
  {
    id: 'vulgar',
    kind: 'code',
    toxic: true,
    clauses: ['4.6'],
    name: { vi: 'Ngôn ngữ phản cảm', en: 'Offensive language' },
    description: { vi: 'Từ ngữ tục tĩu, trái thuần phong mỹ tục.', en: 'Obscene or indecent words.' },
  },
  {
    id: 'unverified',
    kind: 'code',
    toxic: false,
    clauses: ['4.4', '4.6'],
    name: { vi: 'Thông tin chưa kiểm chứng', en: 'Unverified claim' },
    description: {
      vi: 'Tin đồn, tin chưa có nguồn chính thống.',
      en: 'Rumours and claims without an official source.',
    },
  },
  {
    id: 'illegal-ads',
    kind: 'code',
    toxic: false,
    clauses: ['4.6'],
    name: { vi: 'Quảng cáo trái phép', en: 'Illegal advertising' },
    description: {
      vi: 'Quảng cáo, mua bán hàng hóa, dịch vụ bị cấm.',
      en: 'Adverts for banned goods or services.',
    },
  },
  {
    id: 'privacy',
    kind: 'code',
    toxic: false,
    clauses: ['4.3', '4.8'],
    name: { vi: 'Thông tin cá nhân', en: 'Personal data' },
    description: {
      vi: 'Mật khẩu, mã OTP, số giấy tờ, dữ liệu của trẻ em.',
      en: "Passwords, one-time codes, ID numbers, children's data.",
    },
  },
  {
    id: 'confidential',
    kind: 'code',
    toxic: false,
    clauses: ['5.2'],
    name: { vi: 'Tài liệu nội bộ', en: 'Internal document' },
    description: {
      vi: 'Tài liệu nội bộ, bí mật của cơ quan.',
      en: "An agency's internal or classified documents.",
    },
  },
  {
    id: 'agency-topic',
    kind: 'guidance',
    toxic: false,
    clauses: ['5.3'],
    name: { vi: 'Lĩnh vực của cơ quan', en: "Your agency's field" },
    description: {
      vi: 'Bài viết chạm đến lĩnh vực cơ quan bạn phụ trách: báo cơ quan trả lời chính thức.',
      en: "A post about your agency's own field: let the agency answer officially.",
    },
  },
  {
    id: 'official-source',
    kind: 'guidance',
    toxic: false,
    clauses: ['6.3'],
    name: { vi: 'Cần nguồn chính thống', en: 'Official source needed' },
    description: {
      vi: 'Số liệu, quyết định, thông báo của cơ quan cần dẫn nguồn chính thống.',
      en: "An agency's figures, decisions and announcements need an official source.",
    },
  },
] as const satisfies readonly CategoryRow[];

export type CategoryInfo = (typeof CATEGORY_TABLE)[number];

/** The row of a category id (every id a rule or finding can carry has one). */
export function categoryInfo<C extends CategoryInfo['id']>(id: C): Extract<CategoryInfo, { id: C }> {
  return CATEGORY_TABLE.find((r) => r.id === id) as Extract<CategoryInfo, { id: C }>;
}
