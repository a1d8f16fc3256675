// Insults caught by what they mean (Điều 4.6): a trait or label aimed at a person ("mày ngu thế",
// "thằng đó mất dạy", "con mụ ấy mặt như cái mâm"), shame thrown at someone's family, a crime pinned
// on a named or pointed-at person ("thằng X ăn cắp"). The trait, label or accusation is the hint's
// span; whom it is aimed at is underlined with it.
import { defineFamily } from '../family';
import { NEWS_REPORTING, QUOTED, REJECTED_AFTER, SELF } from './contexts';

const MSG = {
  vi: 'Lời lẽ xúc phạm danh dự, nhân phẩm người khác.',
  en: "Wording that insults someone's honour and dignity.",
};
const CRITICISE = {
  vi: 'Nói về việc làm cụ thể thay vì gán nhãn con người.',
  en: 'Criticise the action, not the person.',
};

const FAMILY_MSG = {
  vi: 'Xúc phạm gia đình, dòng dõi của người khác.',
  en: "Insulting someone's family and upbringing.",
};

/** Titles that aim a remark at someone: "ông ấy", "bà ta", "bạn", "cậu". */
const TITLES = ['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cậu', 'em', 'bạn'];
const TITLED = [
  'ông',
  'bà',
  'bạn',
  'cậu',
  'các bạn',
  'các ông',
  'các bà',
  'các người',
  'mấy người',
  'mấy ông',
  'mấy bà',
  ...TITLES.flatMap((t) => [`${t} ấy`, `${t} ta`, `${t} này`, `${t} kia`, `${t} đó`]),
];

/** Whom an insult is aimed at. */
const AIMED = {
  lexicons: ['target.one', 'target.you', 'target.family'],
  terms: TITLED,
  accents: 'exact',
  shapes: ['name'],
} as const;

/** Denied, pretended or feared, or a weakness at a subject: "không ngu", "giả ngu", "dốt toán". */
const NOT_AIMED_ELSEWHERE = [
  ...QUOTED,
  REJECTED_AFTER,
  // "không phải ai ở X cũng …": denying a generalisation.
  { terms: ['không phải ai', 'không phải tất cả', 'chẳng phải ai'], within: 6, side: 'before' },
  {
    terms: [
      'không',
      'chẳng',
      'chả',
      'đâu có',
      'không hề',
      'không phải',
      'chưa bao giờ',
      'đừng',
      'giả',
      'giả vờ',
      'tưởng',
      'sợ bị',
    ],
    within: 1,
    side: 'before',
    accents: 'exact',
  },
  // "ngu" typed for "ngủ" (sleep): "may ngu ngon nhe", "di ngu di", "no ngu roi".
  { terms: ['buồn', 'giấc', 'mất', 'chúc', 'ru', 'thèm', 'không thể', 'đi'], within: 1, side: 'before' },
  {
    terms: ['ngon', 'say', 'nướng', 'trưa', 'muộn', 'quên', 'gật', 'tiếp', 'chưa', 'đi'],
    within: 1,
    side: 'after',
  },
  // "hãm phanh", "hãm trà": to brake, to brew.
  { terms: ['phanh', 'trà', 'nóng'], within: 1, side: 'after', accents: 'exact' },
  // "dốt toán", "ngu tiếng Anh": weak at a subject, said of oneself or a child.
  {
    terms: [
      'toán',
      'môn',
      'tiếng anh',
      'ngoại ngữ',
      'văn',
      'hóa',
      'sử',
      'địa',
      'công nghệ',
      'máy tính',
      'nấu ăn',
      'đường',
      'khoản',
      'vụ',
    ],
    within: 1,
    side: 'after',
    accents: 'exact',
  },
] as const;

/** ...and not the writer laughing at themselves: "tôi đúng là ngốc". */
const NOT_AN_INSULT = [...NOT_AIMED_ELSEWHERE, { terms: SELF, within: 1, side: 'before' }] as const;

/**
 * Stories, stages, real animals, countries or bodies a capitalised name may be, and clergy and
 * believers (contempt for a faith is the religious rules' to show).
 */
const NOT_A_PERSON = [
  'sư',
  'sư thầy',
  'thầy chùa',
  'hòa thượng',
  'ni cô',
  'linh mục',
  'cha xứ',
  'mục sư',
  'đi đạo',
  'theo đạo',
  'nhà thờ',
  'chùa',
  'trung quốc',
  'việt nam',
  'nhật bản',
  'hàn quốc',
  'đài loan',
  'nhà nước',
  'chính phủ',
  'bệnh viện',
  'công ty',
  'ngân hàng',
  'phim',
  'truyện',
  'cổ tích',
  'nhân vật',
  'vai',
  'sân khấu',
  'vở kịch',
  'nuôi',
  'thú cưng',
  'con chó',
  'con mèo',
  'con vật',
];

export const insultFrames = defineFamily({
  defaults: { category: 'insult', clause: '4.6', severity: 'medium', message: MSG, suggestion: CRITICISE },
  rules: [
    {
      // "mày ngu thế", "thằng đó mất dạy", "ông ấy đúng là vô học", "Nguyễn Văn A lươn lẹo".
      id: 'insult-frame-aimed',
      kind: 'frame',
      slots: [
        { name: 'trait', lexicons: ['insult.trait'] },
        { name: 'target', ...AIMED },
      ],
      within: 5,
      scope: 'clause',
      unless: [
        ...NOT_AN_INSULT,
        { terms: NOT_A_PERSON, within: 6, accents: 'exact' },
        { terms: NEWS_REPORTING, within: 6 },
        // "những thằng xì ke": a class of people, not someone.
        {
          terms: ['những', 'các', 'nhiều', 'mấy', 'bọn', 'lũ', 'tụi', 'chúng', 'đám'],
          within: 1,
          side: 'before',
          accents: 'exact',
        },
        // "đàn bà", "đàn ông": women and men, not a title.
        { terms: ['đàn'], within: 1, side: 'before', accents: 'exact' },
        // "cười như thằng khùng": laughing hard.
        { terms: ['cười', 'cừi'], within: 4, side: 'before' },
        // "sỉ nhục", "nhà thương điên", "bệnh thần kinh", "nhìn đểu": the word is part of another.
        {
          terms: ['sỉ', 'làm', 'chịu', 'nhẫn', 'thương', 'bệnh', 'nhìn', 'trại'],
          within: 1,
          side: 'before',
          accents: 'exact',
        },
        // "điện thoại", "số điện", "xe điện" typed without accents: "dien" is not "điên" there.
        { terms: ['thoại', 'lực', 'tử', 'áp', 'đàm', 'năng'], within: 1, side: 'after' },
        { terms: ['số', 'tiền', 'cúp', 'cắt', 'thợ', 'dây', 'cột', 'trạm', 'xe'], within: 1, side: 'before' },
        // "hèn gì", "hèn chi": no wonder.
        { terms: ['gì', 'chi'], within: 1, side: 'after', accents: 'exact' },
      ],
      examples: {
        flag: [
          'mày [ngu] thế',
          'thằng này [ngu] thật',
          'mày [điên] à',
          'thằng đó [mất dạy] lắm',
          'ông ấy đúng là [vô học]',
          'con mụ đó [mặt như cái mâm]',
        ],
        allow: [
          'mày không ngu đâu, chỉ lười thôi',
          'nó dốt toán nhưng giỏi văn',
          'tôi ngu thật, bạn đừng cười',
          'con chó nhà nó ngu lắm',
        ],
      },
    },
    {
      // "đồ ăn cháo đá bát", "thằng lươn lẹo", "lũ ăn hại": a head that makes a word a label for a person.
      id: 'insult-frame-label',
      kind: 'frame',
      main: 'label',
      slots: [
        { name: 'head', lexicons: ['insult.head'] },
        { name: 'label', lexicons: ['insult.label'] },
      ],
      within: 1,
      ordered: true,
      unless: [
        ...QUOTED,
        REJECTED_AFTER,
        // "tôi đúng là đồ ngốc": laughing at oneself.
        { terms: SELF, within: 3, side: 'before' },
        // "những thằng xì ke", "nhiều con nghiện": a class of people, not someone.
        { terms: ['những', 'các', 'nhiều', 'bao nhiêu'], within: 1, side: 'before', accents: 'exact' },
        // "cười như một con điên": laughing hard.
        { terms: ['cười', 'cừi'], within: 4, side: 'before' },
        // "mặc đồ…", "mua đồ…", "giặt đồ…": clothes and things.
        { terms: ['mặc', 'bộ', 'mua', 'bán', 'cửa hàng', 'shop', 'may', 'giặt'], within: 1, side: 'before' },
        { terms: NOT_A_PERSON, within: 6, accents: 'exact' },
      ],
      examples: {
        flag: [
          'đồ [ăn cháo đá bát]',
          'bọn [lươn lẹo] đó',
          'bọn mày đúng là lũ [ăn hại]',
          'đồ [mất dạy]',
          'lũ [khốn nạn]',
          'bọn [trẻ trâu] phá quá',
          'do [mat day]',
        ],
        allow: ['tôi đúng là đồ ngốc', 'hôm nay mặc đồ quê mùa đi chợ', 'phim có nhân vật thằng hề rất vui'],
      },
    },
    {
      // "thằng chó", "đồ lợn", "lũ đười ươi", "đồ con hoang": an animal or an orphan as a label.
      id: 'insult-frame-label-animal',
      kind: 'frame',
      main: 'label',
      slots: [
        { name: 'head', lexicons: ['insult.head.animal'] },
        { name: 'label', lexicons: ['insult.label.animal'] },
      ],
      within: 1,
      ordered: true,
      unless: [
        ...QUOTED,
        REJECTED_AFTER,
        // "tôi đúng là đồ ngốc": laughing at oneself.
        { terms: SELF, within: 3, side: 'before' },
        // "những thằng xì ke", "nhiều con nghiện": a class of people, not someone.
        { terms: ['những', 'các', 'nhiều', 'bao nhiêu'], within: 1, side: 'before', accents: 'exact' },
        // "cười như một con điên": laughing hard.
        { terms: ['cười', 'cừi'], within: 4, side: 'before' },
        // "mặc đồ…", "mua đồ…", "giặt đồ…": clothes and things.
        { terms: ['mặc', 'bộ', 'mua', 'bán', 'cửa hàng', 'shop', 'may', 'giặt'], within: 1, side: 'before' },
        { terms: NOT_A_PERSON, within: 6, accents: 'exact' },
      ],
      examples: {
        flag: ['thằng [đười ươi] đó', 'thằng cha [lợn] này', 'đồ [chó đẻ]'],
        allow: ['con chó nhà tôi rất ngoan', 'nhà mình nuôi con lợn để bán Tết'],
      },
    },
    {
      // "anh đúng là người thiếu hiểu biết", "chị thật đáng khinh": a put-down in plain, even polite,
      // words, aimed at whom the writer addresses or talks about.
      id: 'insult-frame-plain',
      kind: 'frame',
      slots: [
        { name: 'trait', lexicons: ['insult.plain'] },
        { name: 'target', lexicons: ['target.polite'], terms: TITLED, accents: 'exact' },
      ],
      within: 5,
      scope: 'clause',
      unless: [...NOT_AN_INSULT, { terms: NOT_A_PERSON, within: 6, accents: 'exact' }],
      examples: {
        flag: ['anh đúng là người [thiếu hiểu biết]', 'loại người như chị thật [đáng khinh]'],
        allow: ['em làm nông kém hiểu biết nhưng rất thích đọc báo', 'anh ấy không hề thiếu hiểu biết'],
      },
    },
    {
      // "ngu vl", "xấu vãi", "hãm vcl": a trait sharpened with a crude intensifier.
      id: 'insult-frame-intensified',
      kind: 'frame',
      slots: [
        { name: 'trait', lexicons: ['insult.trait'] },
        { name: 'intensifier', lexicons: ['intensifier'] },
      ],
      within: 2,
      ordered: true,
      scope: 'clause',
      unless: [...NOT_AN_INSULT, { terms: NOT_A_PERSON, within: 6, accents: 'exact' }],
      examples: {
        flag: ['[ngu] vl', 'nhìn [xấu xí] vãi', 'nói chuyện [hãm] vcl'],
        allow: ['tôi ngu vl, quên mang chìa khóa', 'hôm nay đẹp vãi'],
      },
    },
    {
      // "bố mẹ mày không biết dạy", "mẹ nó đẻ ra cái loại": shame thrown at someone's family.
      id: 'insult-frame-family',
      kind: 'frame',
      message: FAMILY_MSG,
      main: 'shame',
      slots: [
        { name: 'family', lexicons: ['target.family'] },
        { name: 'shame', lexicons: ['insult.shame'] },
      ],
      within: 4,
      ordered: true,
      scope: 'clause',
      unless: [...QUOTED, REJECTED_AFTER, { terms: NOT_A_PERSON, within: 6, accents: 'exact' }],
      examples: {
        flag: ['bố mẹ mày [không biết dạy] à', 'mẹ nó [đẻ ra cái loại] này'],
        allow: ['bố mẹ mình dạy mình rất kỹ', 'nhà nó nghèo nhưng ai cũng chăm chỉ'],
      },
    },
    {
      // "đồ con hoang", "con nhà không có giáo dục", "mả cha nhà mày": shame that needs no one named.
      id: 'insult-frame-lineage',
      kind: 'frame',
      message: FAMILY_MSG,
      slots: [
        { name: 'shame', lexicons: ['insult.family'] },
        { name: 'target', ...AIMED, optional: true },
      ],
      unless: [...QUOTED, REJECTED_AFTER],
      examples: {
        flag: ['[đồ con hoang]', 'đúng là [con nhà không có giáo dục]'],
        allow: ['trẻ mồ côi cần được giúp đỡ'],
      },
    },
    {
      // "thằng X ăn cắp", "con đó lừa đảo", "lão ta ăn hối lộ": a crime pinned on one person. Not
      // "cẩn thận bọn lừa đảo": a warning names no one.
      id: 'insult-frame-defame',
      kind: 'frame',
      message: {
        vi: 'Gán hành vi xấu, phạm pháp cho một người cụ thể: có thể xúc phạm danh dự, vu khống.',
        en: 'Pinning wrongdoing on a particular person: it may damage their honour or be slander.',
      },
      suggestion: {
        vi: 'Nếu có bằng chứng, hãy báo cơ quan chức năng thay vì nêu tên trên mạng.',
        en: 'If you have proof, report it to the authorities instead of naming them online.',
      },
      slots: [
        { name: 'act', lexicons: ['accuse.act'] },
        { name: 'target', lexicons: ['target.one'], terms: TITLED, accents: 'exact', shapes: ['name'] },
      ],
      within: 4,
      scope: 'clause',
      unless: [
        ...NOT_AIMED_ELSEWHERE,
        // "mấy thằng … ăn trộm": a group, not someone named.
        {
          terms: ['những', 'các', 'nhiều', 'mấy', 'bọn', 'lũ', 'tụi', 'đàn'],
          within: 1,
          side: 'before',
          accents: 'exact',
        },
        { terms: NOT_A_PERSON, within: 6, accents: 'exact' },
        { terms: NEWS_REPORTING, within: 8 },
        // Warnings and advice: "cẩn thận kẻo bị lừa", "cảnh giác với chiêu lừa đảo".
        {
          terms: [
            'cẩn thận',
            'coi chừng',
            'cảnh giác',
            'đề phòng',
            'phòng tránh',
            'tránh xa',
            'lưu ý',
            'cảnh báo',
            'chiêu',
            'thủ đoạn',
            'nạn',
            'tố giác',
            'trình báo',
            'bị hại',
            'nạn nhân',
            'đối tượng',
            'bị phạt',
            'xử phạt',
            'tạm giữ',
          ],
          within: 10,
        },
        { terms: ['bị', 'suýt bị', 'chống', 'tránh'], within: 1, side: 'before', accents: 'exact' },
      ],
      examples: {
        flag: [
          'thằng Tuấn [ăn cắp] tiền quỹ lớp',
          'con đó [lừa đảo] đấy mọi người',
          'lão ta [ăn hối lộ] mới lên được chức',
        ],
        allow: [
          'Cẩn thận bọn lừa đảo qua điện thoại nhé',
          'nó bị lừa đảo mất cả trăm triệu',
          'đối tượng ăn cắp xe máy đã bị tạm giữ',
        ],
      },
    },
  ],
});
