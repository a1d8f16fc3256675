// Threats worded plainly (Điều 4.5), in everyday or polite address and without a striking verb:
// safety no longer promised, a price to pay, a person declared doomed, or the writer saying they know
// where someone's child studies. The threat is the hint's span; whom it is aimed at is underlined.
import { defineFamily } from '../family';
import { AT, NOT_THREATS } from './violence-frames';

const THREAT = {
  vi: 'Lời đe dọa nhắm vào một người, dù nói giảm.',
  en: 'A threat aimed at someone, even if veiled.',
};
const CALM = {
  vi: 'Nói rõ điều bạn phản đối, không đe dọa.',
  en: 'Say what you object to, without threats.',
};

/** Everyone, not someone: "ai rồi cũng phải chết", "con người ai cũng phải chết". */
const EVERYONE = {
  terms: ['ai', 'ai rồi cũng', 'ai cũng', 'con người', 'mọi người', 'người ta', 'sinh vật', 'cây', 'con vật'],
  within: 4,
  side: 'before',
  accents: 'exact',
} as const;

/** Safety advice and care, not a threat: "anh cẩn thận kẻo gặp chuyện", "chúc chị thượng lộ bình an". */
const CARE = {
  terms: ['kẻo', 'lo cho', 'thương', 'chúc', 'nhắc', 'khuyên', 'bình an', 'giữ gìn sức khỏe', 'trời mưa'],
  within: 8,
  accents: 'exact',
} as const;

export const violenceVeiled = defineFamily({
  defaults: { category: 'violence', clause: '4.5', severity: 'high', message: THREAT, suggestion: CALM },
  rules: [
    {
      // "tôi không đảm bảo an toàn cho anh đâu", "gia đình anh sẽ gặp chuyện", "ông sẽ phải trả giá".
      id: 'violence-frame-veiled',
      kind: 'frame',
      slots: [
        { name: 'threat', lexicons: ['threat.veiled'] },
        { name: 'target', lexicons: ['target.polite', ...AT] },
      ],
      within: 6,
      unless: [...NOT_THREATS, CARE],
      examples: {
        flag: [
          'tôi [không đảm bảo an toàn] cho anh đâu',
          'cứ tiếp tục đi rồi gia đình anh [sẽ gặp chuyện]',
          'ông [sẽ phải trả giá]',
          'toi se cho anh [song khong bang chet]',
        ],
        allow: [
          'anh đi đường cẩn thận kẻo gặp chuyện không hay nhé',
          'công ty không đảm bảo an toàn cho công nhân, cần bị xử phạt',
          'chị ấy đã phải trả giá cho sai lầm của mình',
        ],
      },
    },
    {
      // "hắn phải chết", "kẻ đó đáng bị xử tử", "ông ta không đáng được sống".
      id: 'violence-frame-doom',
      kind: 'frame',
      message: {
        vi: 'Tuyên bố một người phải chết: kích động bạo lực.',
        en: 'Declaring that someone must die: incitement to violence.',
      },
      main: 'doom',
      slots: [
        { name: 'target', lexicons: ['target.polite', ...AT] },
        { name: 'doom', lexicons: ['threat.doom'] },
      ],
      within: 3,
      ordered: true,
      scope: 'clause',
      unless: [
        ...NOT_THREATS,
        EVERYONE,
        // "suýt phải chết đói", "phải chết vì bệnh": a hardship told, not a sentence passed.
        { terms: ['suýt', 'có thể', 'sợ'], within: 2, side: 'before', accents: 'exact' },
        {
          terms: ['đói', 'rét', 'vì', 'trong', 'khi', 'oan', 'cháy', 'đuối'],
          within: 1,
          side: 'after',
          accents: 'exact',
        },
      ],
      examples: {
        flag: ['hắn [phải chết]', 'kẻ đó [đáng bị xử tử]', 'loại như nó [không đáng được sống]'],
        allow: ['ai rồi cũng phải chết', 'con cá này phải chết vì thiếu oxy', 'anh ấy suýt phải chết đói'],
      },
    },
    {
      // "tôi biết con chị học trường nào", "tao thừa biết nhà mày ở đâu": whereabouts named to frighten.
      id: 'violence-frame-whereabouts',
      kind: 'frame',
      main: 'where',
      slots: [
        { name: 'knower', lexicons: ['threat.knower'] },
        { name: 'where', lexicons: ['threat.whereabouts'] },
        { name: 'target', lexicons: ['target.polite', ...AT] },
      ],
      within: 6,
      unless: [
        ...NOT_THREATS,
        CARE,
        // Friends and errands: "tôi biết nhà anh ở đâu rồi, mai qua chơi", "để giao hàng".
        {
          terms: ['chơi', 'thăm', 'giao hàng', 'gửi quà', 'đón', 'ship', 'giúp'],
          within: 8,
          accents: 'exact',
        },
        { terms: ['không', 'chưa', 'muốn'], within: 1, side: 'before', accents: 'exact' },
      ],
      examples: {
        flag: ['tôi biết con chị [học trường nào] rồi đấy', 'tao thừa biết con mày [học trường nào]'],
        allow: ['tôi biết nhà anh ở đâu rồi, mai em qua chơi', 'tôi không biết con chị học trường nào'],
      },
    },
  ],
});
