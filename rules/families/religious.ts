// Religious discrimination (Điều 4.5): slurs for believers and clergy, and contempt aimed at a faith.
import { defineFamily } from '../family';
import { COUNTER_SPEECH, QUOTED } from './contexts';

/** Counter-speech before or after the quoted slur: "lên án việc gọi họ là …", "gọi họ là … là xúc phạm". */
const CONDEMNED = [...QUOTED, { terms: COUNTER_SPEECH, within: 8 }] as const;

const MSG = {
  vi: 'Lời lẽ miệt thị người theo một tôn giáo.',
  en: 'Wording that demeans people for their religion.',
};
const RESPECT = {
  vi: 'Phê phán việc làm cụ thể, không quy chụp cả một tôn giáo.',
  en: 'Criticise a specific act, not a whole faith.',
};

/** Slurs that stay slurs without their accents ("su ho mang", "bon con chien"). */
/** Believers and clergy called a "pack": "bọn con chiên", "lũ phật tử", "tụi thầy chùa". */
const PACKED = [
  'con chiên',
  'giáo dân',
  'phật tử',
  'tín đồ',
  'thầy chùa',
  'sư sãi',
  'sư',
  'cha cố',
  'linh mục',
  'cha xứ',
  'thầy tu',
  'đạo chúa',
  'đạo phật',
  'đạo hồi',
  'hồi giáo',
  'tin lành',
  'cao đài',
  'hòa hảo',
  'công giáo',
  'thiên chúa giáo',
  'theo đạo',
  'đi đạo',
  'có đạo',
  'đầu trọc',
  'trọc đầu',
  'cuồng đạo',
  'cuồng tín',
  'tà đạo',
].flatMap((w) => [`bọn ${w}`, `lũ ${w}`, `tụi ${w}`]);

/** Slurs that stay slurs without their accents ("su ho mang", "bon con chien"). */
const PLAIN_SLURS = [
  ...PACKED,
  'đám con chiên',
  'mấy con chiên',
  'sư hổ mang',
  'sư quốc doanh',
  'con chiên ghẻ',
  'con chiên ngu',
  'con chiên mù quáng',
  'sư buôn phật',
  'hồi giáo khủng bố',
  'đạo hồi khủng bố',
  'thằng cha cố',
] as const;

export const religious = defineFamily({
  defaults: { category: 'religious', clause: '4.5', severity: 'high', message: MSG, suggestion: RESPECT },
  rules: [
    {
      id: 'religious-slur',
      kind: 'terms',
      accents: 'exact',
      terms: [
        'đạo rởm',
        'bọn đạo',
        'lũ đạo',
        'thằng trọc',
        'đạo tà',
        'bọn thầy tu',
        'lão trọc',
        'sư trọc',
        'bọn trọc',
        'lũ trọc',
        'ma tăng',
        'đạo lừa',
      ],
      unless: [
        ...CONDEMNED,
        { terms: ['sĩ', 'diễn', 'chích', 'lý', 'đức', 'quân', 'binh', 'phú'], within: 1, side: 'after' },
      ],
      examples: {
        flag: [
          '[thằng trọc] đó lại đi xin tiền',
          'lão [ma tăng] đó lại quyên tiền',
          '[bọn đạo] toàn lừa',
          '[lũ trọc] ăn hại',
        ],
        allow: [
          'người Hồi giáo ăn chay tháng Ramadan',
          'các sư thầy tụng kinh cầu an',
          'bọn trọc phú mới nổi khoe của',
        ],
      },
    },
    {
      id: 'religious-slur-plain',
      kind: 'terms',
      terms: PLAIN_SLURS,
      unless: CONDEMNED,
      examples: {
        flag: [
          'lại là [lũ cuồng đạo] gây chuyện',
          'đúng là [sư quốc doanh]',
          '[bon con chien] ngu',
          '[su ho mang] het',
        ],
        allow: [
          'đừng gọi người Công giáo là lũ con chiên, như thế là xúc phạm niềm tin của họ',
          'con chiên lạc đã trở về với đàn',
        ],
      },
    },
  ],
});
