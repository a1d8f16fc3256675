// Built-in profiles: who is writing decides which articles of the Code apply (Decision 874/QĐ-BTTTT).
import type { LocalText, Profile, RuleSpec } from './types';

export interface ProfileInfo {
  label: LocalText;
  description: LocalText;
  /** Articles of the Code whose points this profile is held to (besides the principles of Điều 3). */
  articles: readonly number[];
}

export const PROFILE_INFO: Record<Profile, ProfileInfo> = {
  citizen: {
    label: { vi: 'Công dân', en: 'Citizen' },
    description: {
      vi: 'Người dùng mạng xã hội thông thường: áp dụng Điều 4 (quy tắc cho tổ chức, cá nhân).',
      en: 'An ordinary social network user: Article 4 applies (rules for organisations and individuals).',
    },
    articles: [4],
  },
  'civil-servant': {
    label: { vi: 'Cán bộ, công chức, viên chức', en: 'Official, civil servant or public employee' },
    description: {
      vi: 'Người làm việc trong cơ quan nhà nước: áp dụng Điều 4 và Điều 5 (nội quy cung cấp thông tin, báo cơ quan chủ quản).',
      en: "Someone working in a state agency: Articles 4 and 5 apply (the agency's information rules, reporting to the agency).",
    },
    articles: [4, 5],
  },
  'agency-page': {
    label: { vi: 'Trang của cơ quan nhà nước', en: "A state agency's page" },
    description: {
      vi: 'Trang hoặc tài khoản chính thức của cơ quan nhà nước: áp dụng Điều 4 và Điều 6 (thông tin thống nhất với kênh chính thống).',
      en: "A state agency's official page or account: Articles 4 and 6 apply (information that matches official channels).",
    },
    articles: [4, 6],
  },
};

/** A rule with no `profiles` belongs to every profile. */
export const ruleInProfile = (rule: Pick<RuleSpec, 'profiles'>, profile: Profile): boolean =>
  rule.profiles === undefined || rule.profiles.includes(profile);
