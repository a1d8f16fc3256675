// Shared context term lists for `near` and `unless`. Context terms are matched on folded syllables
// (no accent check), so each list avoids words whose folded form is a common innocent word
// (e.g. "đồ" → "do", "thứ" → "thu", "mụ" → "mu" are left out).
import { ADDRESSEE, CLASSIFIERS, TALKED_ABOUT } from '../persons';

/** Words that aim a remark at a person or group: second/third person pronouns and classifiers. */
export const AIMED_AT_PERSON = [
  ...ADDRESSEE,
  'mầy',
  ...CLASSIFIERS,
  ...TALKED_ABOUT,
  'mấy thằng',
  'mấy con',
  'cái loại',
  'loại',
  'ad',
  'admin',
] as const;

/** Counter-speech and reporting: the writer names the slur to reject or explain it. */
export const COUNTER_SPEECH = [
  'đừng gọi',
  'không nên gọi',
  'không được gọi',
  'đừng nói',
  'đừng dùng',
  'không nên dùng',
  'tránh dùng',
  'tránh gọi',
  'gọi người ta là',
  'lên án',
  'kỳ thị',
  'phân biệt vùng miền',
  'phân biệt đối xử',
  'miệt thị',
  'xúc phạm',
  'bị gọi là',
  'là sai',
  'phản đối',
  'bài trừ',
  'xóa bỏ',
  // talk about the words themselves: "lên án việc gọi … là …", "những từ như …"
  'việc gọi',
  'cách gọi',
  'những từ như',
  'các từ như',
  // the same in English, around a Vietnamese slur named in an English sentence
  'slur',
  'slurs',
  'offensive',
  'derogatory',
  'racist',
  'a stereotype',
  'prejudice',
  'discrimination',
] as const;

/** The writer talking about themselves (self-deprecation is not an insult). */
export const SELF = ['tôi', 'tao', 'mình', 'tớ', 'em', 'tui', 'bọn mình', 'chúng tôi', 'chúng mình'] as const;

/** News and law reporting around violent words. */
export const NEWS_REPORTING = [
  'bị bắt',
  'bị khởi tố',
  'khởi tố',
  'điều tra',
  'công an',
  'nghi phạm',
  'bị cáo',
  'tòa án',
  'xét xử',
  'tuyên án',
  'bản án',
  'vụ án',
  'nạn nhân',
  'theo báo',
  'cảnh sát',
  'hung thủ',
  'kẻ',
] as const;

/** A shop or service advertising its own contact (not a privacy leak). */
export const SHOP_CONTACT = [
  'liên hệ',
  'hotline',
  'đặt hàng',
  'đặt bàn',
  'tư vấn',
  'inbox',
  'ship',
  'giao hàng',
  'cửa hàng',
  'shop',
  'showroom',
  'tổng đài',
  'chăm sóc khách hàng',
  'cskh',
  'mua hàng',
  'order',
] as const;

/** Words that quote a term rather than use it: only right before it. */
export const QUOTING = ['từ', 'chữ', 'cụm từ', 'thuật ngữ', 'gọi là', 'cái tên'] as const;

/** The usual suppressors of a slur: counter-speech nearby, or the word quoted. */
export const QUOTED = [
  { terms: COUNTER_SPEECH, within: 6, side: 'before' },
  { terms: QUOTING, within: 2, side: 'before' },
] as const;

/** The label named to reject it, after it: "nói ai là đồ ăn hại là sai", "… là quy chụp, tôi phản đối". */
export const REJECTED_AFTER = {
  terms: [
    'là sai',
    'là xúc phạm',
    'là kỳ thị',
    'là miệt thị',
    'là không đúng',
    'là quy chụp',
    'là vơ đũa cả nắm',
    'vơ đũa cả nắm',
    'tôi phản đối',
  ],
  within: 8,
  side: 'after',
} as const;

/** A crude intensifier counts when it sharpens a put-down or is aimed at someone. */
export const HARSH_NEARBY = [
  'ngu',
  'xấu',
  'dở',
  'ghét',
  'nhục',
  'chán',
  'mày',
  'chúng mày',
  'tụi mày',
  'thằng',
  'bọn',
  'lũ',
  'tụi',
  'con này',
] as const;

/** English counter-speech and quoting: the writer names the word to reject or report it. */
export const QUOTED_EN = {
  terms: ['the word', 'called me', 'slur', 'do not say', "don't say", 'stop saying', 'never say', 'quote'],
  within: 3,
  side: 'before' as const,
};
