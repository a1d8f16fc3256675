// The points of Decision 874/QĐ-BTTTT (17 June 2021), "Bộ Quy tắc ứng xử trên mạng xã hội", that
// Ứng Xử cites: Điều 3 (principles), Điều 4 (organisations and individuals), Điều 5 (civil servants),
// Điều 6 (state agencies). Wording is kept close to the Decision, in plain words, so that a hint card
// and the "Bộ quy tắc" page can quote it. Điều 1–2 (scope) and 7 (service providers) ask nothing of a writer.
import type { ClauseId, Lang, LocalText } from './types';

export const ARTICLES = [3, 4, 5, 6] as const;
export type Article = (typeof ARTICLES)[number];

export interface Clause {
  /** "<article>.<point>", e.g. "4.5". */
  id: ClauseId;
  article: Article;
  point: number;
  title: LocalText;
  text: LocalText;
}

export const ARTICLE_TITLES: Record<Article, LocalText> = {
  3: { vi: 'Nguyên tắc ứng xử', en: 'Principles of conduct' },
  4: {
    vi: 'Quy tắc ứng xử cho tổ chức, cá nhân',
    en: 'Conduct for organisations and individuals',
  },
  5: {
    vi: 'Quy tắc ứng xử cho cán bộ, công chức, viên chức và người lao động trong cơ quan nhà nước',
    en: 'Conduct for officials, civil servants, public employees and workers of state agencies',
  },
  6: { vi: 'Quy tắc ứng xử cho các cơ quan nhà nước', en: 'Conduct for state agencies' },
};

const c = (id: ClauseId, title: LocalText, text: LocalText): Clause => {
  const [article, point] = id.split('.').map(Number) as [Article, number];
  return { id, article, point, title, text };
};

export const CLAUSES: readonly Clause[] = [
  c(
    '3.1',
    { vi: 'Tuân thủ pháp luật', en: 'Obey the law' },
    {
      vi: 'Tuân thủ pháp luật Việt Nam, tôn trọng quyền và lợi ích hợp pháp của tổ chức, cá nhân.',
      en: 'Follow the laws of Vietnam and respect the lawful rights and interests of organisations and individuals.',
    },
  ),
  c(
    '3.2',
    { vi: 'Lành mạnh', en: 'Be wholesome' },
    {
      vi: 'Hành vi, ứng xử trên mạng xã hội phù hợp với giá trị đạo đức, văn hóa, truyền thống tốt đẹp của dân tộc Việt Nam.',
      en: 'Behave on social networks in keeping with the ethical values, culture and good traditions of the Vietnamese people.',
    },
  ),
  c(
    '3.3',
    { vi: 'An toàn, bảo mật thông tin', en: 'Information safety and security' },
    {
      vi: 'Tuân thủ các quy định và hướng dẫn về bảo vệ an toàn và bảo mật thông tin.',
      en: 'Follow the rules and guidance on keeping information safe and secure.',
    },
  ),
  c(
    '3.4',
    { vi: 'Trách nhiệm', en: 'Responsibility' },
    {
      vi: 'Chịu trách nhiệm về hành vi, ứng xử của mình trên mạng xã hội; phối hợp với cơ quan chức năng xử lý hành vi, nội dung vi phạm pháp luật.',
      en: 'Take responsibility for what you do on social networks, and work with the authorities to deal with unlawful conduct and content.',
    },
  ),
  c(
    '4.1',
    { vi: 'Hiểu điều khoản của mạng xã hội', en: "Know the platform's terms" },
    {
      vi: 'Tìm hiểu và tuân thủ điều khoản sử dụng của nhà cung cấp dịch vụ mạng xã hội trước khi đăng ký, tham gia.',
      en: "Read and follow the social network provider's terms of use before signing up and taking part.",
    },
  ),
  c(
    '4.2',
    { vi: 'Dùng tên thật', en: 'Use your real name' },
    {
      vi: 'Nên dùng họ tên thật của cá nhân, tên thật của tổ chức, cơ quan, và đăng ký với nhà cung cấp để xác thực tên, địa chỉ trang và đầu mối liên lạc.',
      en: "Prefer a person's real name or an organisation's real name, and register with the provider to verify the name, page address and contact point.",
    },
  ),
  c(
    '4.3',
    { vi: 'Bảo mật tài khoản', en: 'Secure your account' },
    {
      vi: 'Tự quản lý, bảo mật tài khoản; nhanh chóng báo cho cơ quan chức năng và nhà cung cấp dịch vụ khi tài khoản bị mất quyền kiểm soát, bị giả mạo hoặc bị lợi dụng.',
      en: 'Manage and secure your own account; promptly tell the authorities and the provider when it is lost, impersonated or misused.',
    },
  ),
  c(
    '4.4',
    { vi: 'Chia sẻ thông tin có nguồn chính thống', en: 'Share information from official sources' },
    {
      vi: 'Chia sẻ những thông tin có nguồn chính thống, đáng tin cậy.',
      en: 'Share information that comes from official, trustworthy sources.',
    },
  ),
  c(
    '4.5',
    { vi: 'Không gây thù hận, kỳ thị', en: 'No hate or discrimination' },
    {
      vi: 'Ứng xử phù hợp với đạo đức, văn hóa, truyền thống dân tộc; không dùng từ ngữ gây thù hận, kích động bạo lực, phân biệt vùng miền, giới tính, tôn giáo.',
      en: 'Behave in line with the ethics, culture and traditions of the nation; use no words that stir up hatred or violence, or discriminate by region, gender or religion.',
    },
  ),
  c(
    '4.6',
    { vi: 'Không đăng nội dung vi phạm', en: 'Post nothing unlawful or offensive' },
    {
      vi: 'Không đăng nội dung vi phạm pháp luật, xúc phạm danh dự, nhân phẩm người khác; không dùng ngôn ngữ phản cảm, trái thuần phong mỹ tục; không tung tin giả, tin sai sự thật; không quảng cáo, kinh doanh dịch vụ trái phép.',
      en: "Post nothing unlawful and nothing that insults other people's honour and dignity; no offensive or indecent language; no fake or false news; no illegal advertising or business.",
    },
  ),
  c(
    '4.7',
    { vi: 'Lan tỏa điều tích cực', en: 'Spread the positive' },
    {
      vi: 'Khuyến khích dùng mạng xã hội để quảng bá đất nước, con người, văn hóa tốt đẹp của Việt Nam, chia sẻ thông tin tích cực, gương người tốt, việc tốt.',
      en: "Use social networks to promote Vietnam's land, people and culture, and to share positive news and examples of good people and good deeds.",
    },
  ),
  c(
    '4.8',
    { vi: 'Bảo vệ trẻ em', en: 'Protect children' },
    {
      vi: 'Vận động người thân, bạn bè cùng giáo dục, bảo vệ trẻ em, trẻ vị thành niên dùng mạng xã hội an toàn, lành mạnh.',
      en: 'Encourage family and friends to help educate and protect children and young people so that they use social networks safely and healthily.',
    },
  ),
  c(
    '5.1',
    { vi: 'Thực hiện Điều 4', en: 'Follow Article 4' },
    {
      vi: 'Cán bộ, công chức, viên chức và người lao động trong cơ quan nhà nước thực hiện các quy tắc tại Điều 4.',
      en: 'Officials, civil servants, public employees and workers of state agencies follow the rules of Article 4.',
    },
  ),
  c(
    '5.2',
    { vi: 'Theo nội quy cung cấp thông tin', en: "Follow your agency's information rules" },
    {
      vi: 'Thực hiện nội quy của cơ quan, tổ chức về việc cung cấp thông tin lên mạng xã hội.',
      en: "Follow your agency's internal rules on putting information on social networks.",
    },
  ),
  c(
    '5.3',
    { vi: 'Báo cơ quan chủ quản', en: 'Report to your agency' },
    {
      vi: 'Báo cho cơ quan chủ quản để kịp thời xử lý, trả lời khi có ý kiến, thông tin trái chiều hoặc vi phạm pháp luật liên quan đến lĩnh vực mình phụ trách.',
      en: 'Tell your agency, so it can respond in time, when contrary or unlawful information touches the field you are responsible for.',
    },
  ),
  c(
    '6.1',
    { vi: 'Thực hiện Điều 4', en: 'Follow Article 4' },
    {
      vi: 'Cơ quan nhà nước thực hiện các quy tắc dành cho cơ quan, tổ chức tại Điều 4.',
      en: 'State agencies follow the rules for organisations set out in Article 4.',
    },
  ),
  c(
    '6.2',
    { vi: 'Quản lý, bảo mật tài khoản', en: 'Manage and secure the account' },
    {
      vi: 'Quản lý, bảo mật tài khoản của cơ quan và nhanh chóng báo nhà cung cấp dịch vụ khi tài khoản bị mất quyền kiểm soát hoặc bị giả mạo.',
      en: "Manage and secure the agency's account, and promptly tell the provider when it is lost or impersonated.",
    },
  ),
  c(
    '6.3',
    { vi: 'Thống nhất với kênh chính thống', en: 'Match official channels' },
    {
      vi: 'Thông tin đưa lên mạng xã hội phải đồng bộ, thống nhất với thông tin đã cung cấp trên các phương tiện truyền thông chính thống.',
      en: 'What the agency says on social networks must match what it has published through official media channels.',
    },
  ),
  c(
    '6.4',
    { vi: 'Phản hồi ý kiến', en: 'Answer the public' },
    {
      vi: 'Nên phản hồi ý kiến trên mạng xã hội về những vấn đề thuộc chức năng, nhiệm vụ, quyền hạn của cơ quan.',
      en: "Respond to comments on social networks about matters within the agency's functions, duties and powers.",
    },
  ),
];

const BY_ID = new Map(CLAUSES.map((clause) => [clause.id, clause]));

export const isKnownClause = (id: unknown): id is ClauseId => typeof id === 'string' && BY_ID.has(id);

export const getClause = (id: ClauseId): Clause | undefined => BY_ID.get(id);

/** "Điều 4.5" / "Article 4.5". Unknown ids are labelled the same way, never dropped. */
export const clauseLabel = (id: ClauseId, lang: Lang): string =>
  `${lang === 'vi' ? 'Điều' : 'Article'} ${id}`;
