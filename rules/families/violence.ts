// Calls for genocide and English threats (Điều 4.5). Threats, death wishes and incitement in
// Vietnamese are frames over the shared lexicons (violence-frames.ts).
import { defineFamily } from '../family';
import { QUOTED } from './contexts';

const THREAT = {
  vi: 'Lời đe dọa hoặc kích động bạo lực.',
  en: 'A threat or an incitement to violence.',
};
const CALM = {
  vi: 'Nói rõ điều bạn phản đối, không đe dọa.',
  en: 'Say what you object to, without threats.',
};

/** Stories retold: "trong phim, nhân vật chính giết hắn". */
const FICTION = ['phim', 'truyện', 'tiểu thuyết', 'chương', 'nhân vật', 'tập cuối', 'kịch bản'] as const;

export const violence = defineFamily({
  defaults: { category: 'violence', clause: '4.5', severity: 'high', message: THREAT, suggestion: CALM },
  rules: [
    {
      // Folded, "diệt chủng" (genocide) is also "diệt chúng" (wipe them out: pests, germs): exact accents.
      id: 'violence-genocide',
      kind: 'terms',
      accents: 'exact',
      message: {
        vi: 'Lời kêu gọi diệt chủng, dù nói đùa, là kích động bạo lực.',
        en: 'A call for genocide, even as a joke, incites violence.',
      },
      suggestion: {
        vi: 'Nói rõ điều bạn phản đối, không kêu gọi bạo lực.',
        en: 'Say what you object to, without calling for violence.',
      },
      terms: ['diệt chủng'],
      unless: [
        ...QUOTED,
        { terms: FICTION, within: 8 },
        // "nạn diệt chủng", "bảo tàng về nạn diệt chủng": history names the crime.
        {
          terms: [
            'nạn',
            'cuộc',
            'tội ác',
            'vụ',
            'thảm họa',
            'chế độ',
            'lịch sử',
            'bảo tàng',
            'hành động mang tính',
          ],
          within: 3,
          side: 'before',
        },
      ],
      examples: {
        flag: ['phải [diệt chủng] hết bọn đó'],
        allow: ['bảo tàng về nạn diệt chủng', 'thuốc này tiêu diệt chúng tận gốc'],
      },
    },
    {
      id: 'en-violence-threat',
      kind: 'terms',
      lang: 'en',
      message: { vi: 'Lời đe dọa hoặc mong người khác chết.', en: 'A threat or a wish that someone dies.' },
      suggestion: {
        vi: 'Nói rõ điều bạn phản đối, không đe dọa.',
        en: 'Say what you object to, without threats.',
      },
      terms: [
        'kill yourself',
        'kys',
        'go die',
        'hope you die',
        'i will kill you',
        "i'll kill you",
        'ill kill you',
        'you should die',
        'you deserve to die',
        'shoot you',
        'burn your house',
        'i know where you live',
        'watch your back',
        'gas them',
        'kill you',
        'gonna kill',
        'going to kill',
        "i'll hurt you",
        'hurt you',
        'beat you up',
        'beat the shit out of',
        'kick your ass',
        'punch you',
        'punch your face',
        'smash your face',
        'break your neck',
        'break your legs',
        'slit your throat',
        'stab you',
        'burn down your house',
        'come to your house',
        "i'll find you",
        'find you and',
        "you're dead",
        'you are dead',
        'youre dead',
        'dead meat',
        'wish you were dead',
        'die in a fire',
        'should be shot',
        'should be killed',
        'string them up',
        'kill them all',
        'hope you get cancer',
        'run you over',
        'hunt you down',
        "i'll end you",
      ],
      examples: {
        flag: ['just [go die] already', 'watch out, [I know where you live]'],
        allow: ['this game will kill my free time', 'the plants die without water'],
      },
    },
  ],
});
