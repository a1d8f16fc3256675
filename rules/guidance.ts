// Guidance rules (not breaches): calm reminders for duties of Điều 5.3 and Điều 6.3 that a compose
// box can see. Severity 'info': never hidden by the sensitivity setting, drawn in a calm colour.
import { defineFamily } from './family';
import type { CheckerOptions, RuleSpec } from './types';

/** Words that say where a statement comes from. */
const SOURCE_CUES = [
  'theo',
  'nguồn',
  'link',
  'đường link',
  'đường dẫn',
  'chi tiết tại',
  'xem tại',
  'cổng thông tin',
  'trang thông tin điện tử',
  'văn bản số',
];

/** Điều 6.3: an agency page states figures, decisions, schedules or announcements without a source. */
export const GUIDANCE_RULES = defineFamily({
  defaults: { category: 'official-source', clause: '6.3', severity: 'info', profiles: ['agency-page'] },
  rules: [
    {
      id: 'official-source-announcement',
      kind: 'terms',
      once: true,
      unlessOfficialLink: true,
      terms: [
        'thông báo',
        'quyết định',
        'kế hoạch',
        'lịch thi',
        'lịch nghỉ',
        'lịch tiếp dân',
        'từ ngày',
        'kể từ ngày',
        'chỉ thị',
        'công văn',
        'nghị định',
        'thông tư',
        'điều chỉnh giá',
      ],
      // Naming where it comes from is citing it ("theo thông báo trên cổng thông tin…, đường link…").
      unless: [{ terms: SOURCE_CUES, within: 10 }],
      message: {
        vi: 'Trang của cơ quan nhà nước nên dẫn nguồn chính thống khi đưa thông báo, quyết định hay lịch (Điều 6.3), để thông tin thống nhất với các kênh chính thức. Hãy thêm đường dẫn tới văn bản hoặc trang chính thức.',
        en: 'An agency page should cite an official source for announcements, decisions or schedules (Article 6.3), so what it says matches the official channels. Add a link to the document or the official page.',
      },
      examples: {
        flag: ['[Thông báo]: từ ngày 5/9 học sinh đi học trở lại.'],
        allow: ['Thông báo: từ ngày 5/9 học sinh đi học trở lại. Chi tiết: https://moet.gov.vn/tin-tuc/abc'],
      },
    },
    {
      id: 'official-source-figures',
      kind: 'pattern',
      lang: 'any',
      once: true,
      unlessOfficialLink: true,
      unless: [{ terms: SOURCE_CUES, within: 10 }],
      // A percentage, or a number with a unit of people, cases, money or area.
      pattern:
        '(?<![\\p{L}\\p{N}])\\d[\\d.,]{0,15}\\s?(?:%|phần trăm|triệu|tỷ|tỉ|nghìn|ngàn|người|ca|trường hợp|hộ|ha|km)(?![\\p{L}\\p{N}])',
      message: {
        vi: 'Số liệu trên trang của cơ quan nhà nước nên kèm nguồn chính thống (Điều 6.3), để người đọc đối chiếu được. Hãy thêm đường dẫn tới báo cáo hoặc văn bản công bố số liệu này.',
        en: "Figures on an agency's page should come with an official source (Article 6.3) so readers can check them. Add a link to the report or document that published them.",
      },
      examples: {
        flag: ['Năm nay toàn tỉnh có 12.500 thí sinh, tăng [8%] so với năm trước.'],
        allow: ['Năm nay toàn tỉnh có 12.500 thí sinh (nguồn: https://sogddt.hanoi.gov.vn/bao-cao).'],
      },
    },
  ],
});

/** Điều 5.3: the reminder for a civil servant whose text touches the agency's own field. */
export function agencyTopicRule(topics: NonNullable<CheckerOptions['agencyTopics']>): RuleSpec | null {
  const terms = topics.terms.map((t) => t.trim()).filter(Boolean);
  if (!terms.length) return null;
  const who = { vi: topics.agency ?? 'cơ quan của bạn', en: topics.agency ?? 'your agency' };
  const contact = topics.contact
    ? { vi: ` (liên hệ: ${topics.contact})`, en: ` (contact: ${topics.contact})` }
    : null;
  return {
    id: 'agency-topic-report',
    kind: 'terms',
    category: 'agency-topic',
    severity: 'info',
    clause: '5.3',
    profiles: ['civil-servant'],
    once: true,
    terms,
    message: {
      vi: `Nội dung này thuộc lĩnh vực của ${who.vi}. Theo Điều 5.3, khi gặp ý kiến trái chiều hay thông tin vi phạm pháp luật về lĩnh vực này, hãy báo cho cơ quan chủ quản để xử lý${contact?.vi ?? ''}, thay vì tự tranh luận trên mạng.`,
      en: `This touches the field of ${who.en}. Under Article 5.3, contrary or unlawful information about this field goes to your agency first${contact?.en ?? ''}, rather than into an online argument.`,
    },
  };
}
