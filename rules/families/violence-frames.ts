// Threats, death wishes and incitement, caught by what they mean (Điều 4.5): a harm act aimed at a
// person, a weapon or people brought to someone's home, a threat that needs no verb ("liệu hồn",
// "thấy mặt là …"), a curse or a death wished on someone, a call to gather and beat. Slots are the
// shared lexicons (rules/lexicons); the act, curse or call is the hint's span, whom it is aimed at
// is underlined with it. Violent words alone appear in news, games, cooking and idioms: the
// contexts below keep those out.
import { defineFamily } from '../family';
import { NEWS_REPORTING, QUOTED } from './contexts';

const THREAT = {
  vi: 'Lời đe dọa bạo lực nhắm vào một người.',
  en: 'A threat of violence aimed at someone.',
};
const CALM = {
  vi: 'Nói rõ điều bạn phản đối, không đe dọa.',
  en: 'Say what you object to, without threats.',
};
const DEATH_WISH = {
  vi: 'Lời trù ẻo, mong người khác chết hoặc gặp họa.',
  en: 'Wishing someone dead or harmed.',
};
const INCITE = {
  vi: 'Kêu gọi người khác kéo đến đánh người: kích động bạo lực.',
  en: 'Rallying people to go and beat someone: incitement to violence.',
};

/** Who a threat may be aimed at: a person, their family, their home. */
export const AT = ['target.person', 'target.family', 'place.home'];

/**
 * Stories, games, sport, animals and pests, the law and history: violent words that threaten no
 * one there. Exact: folded, "cá" (fish) is "cả" (all), "tòa" (court) is "toa".
 */
const NOT_A_THREAT = [
  'phim',
  'truyện',
  'tiểu thuyết',
  'chương',
  'nhân vật',
  'tập cuối',
  'kịch bản',
  'game',
  'boss',
  'quái',
  'quái vật',
  'yêu quái',
  'rồng',
  'trụ',
  'rank',
  'level',
  'skill',
  'tướng',
  'pk',
  'zombie',
  'trận đấu',
  'trận',
  'ván',
  'hiệp',
  'giải',
  'đội tuyển',
  'đội nhà',
  'đội bạn',
  'đối thủ',
  'tỉ số',
  'bàn thắng',
  'rắn',
  'chuột',
  'gián',
  'muỗi',
  'ruồi',
  'rết',
  'bọ cạp',
  'con vật',
  'gà',
  'vịt',
  'lợn',
  'heo',
  'cá',
  'pháp luật',
  'tòa án',
  'tòa',
  'cơ quan chức năng',
  'lịch sử',
  'giặc',
  'chiến tranh',
];

/** The writer says no to the act, or asks about one done: "đừng đánh nó", "ai đánh mày". */
export const NEGATED = [
  'đừng',
  'đừng có',
  'không',
  'không nên',
  'không được',
  'không bao giờ',
  'không cần',
  'cần gì',
  'chả cần',
  'không hề',
  'chẳng',
  'chả',
  'chưa',
  'chưa từng',
  'ai',
  'sao lại',
  'bị',
  'đã bị',
  'được',
  'cấm',
];

/** History and reports name a crime, they do not call for it: "nạn diệt chủng", "vụ đốt nhà". */
const HISTORY_BEFORE = {
  terms: ['nạn', 'cuộc', 'tội ác', 'vụ', 'thảm họa', 'chế độ', 'lịch sử', 'bảo tàng'],
  within: 3,
  side: 'before',
} as const;

/** A crime reported after the words: "… đã bị bắt", "công an đang điều tra". */
const REPORTED_AFTER = {
  terms: ['vi phạm pháp luật', 'phạm tội', 'công an', 'điều tra', 'bị bắt', 'khởi tố'],
  within: 10,
  side: 'after',
} as const;

/** After a harm phrase, the word that makes it something else: "ăn đạp xe", "ăn dao kéo", "đấm lưng". */
const NOT_A_BLOW_AFTER_PHRASE = [
  'xe',
  'kéo',
  'lưng',
  'bóp',
  'gió',
  'thời gian',
  'bóng',
  'cười',
  'mưa',
  'đấu',
  'lý',
];

export const NOT_THREATS = [
  ...QUOTED,
  { terms: NEWS_REPORTING, within: 8 },
  { terms: NOT_A_THREAT, within: 8, accents: 'exact' },
  { terms: NEGATED, within: 1, side: 'before', accents: 'exact' },
  HISTORY_BEFORE,
  REPORTED_AFTER,
] as const;

/**
 * The word after a striking verb that makes it something else: "xử lý", "đánh giá", "chém gió",
 * "đập hộp", "vả lại", "bắn tin", "đạp xe", "đấm lưng", "ăn dao kéo", "giết thời gian".
 */
const NOT_A_BLOW = [
  'lý',
  'giá',
  'đổi',
  'thức',
  'dấu',
  'máy',
  'răng',
  'bóng',
  'bài',
  'lừa',
  'tin',
  'tiếng',
  'thuế',
  'điện',
  'hộp',
  'chém',
  'gió',
  'bại',
  'cắp',
  'động',
  'vần',
  'cờ',
  'cầu',
  'trống',
  'tay',
  'cửa',
  'xe',
  'lưng',
  'bóp',
  'nước',
  'ra',
  'đơn',
  'sầm',
  'lại',
  'qua',
  'buộc',
  'nhau',
  'kéo',
  'đấu',
  'cười',
  'mưa',
  'thời gian',
];

export const violenceFrames = defineFamily({
  defaults: { category: 'violence', clause: '4.5', severity: 'high', message: THREAT, suggestion: CALM },
  rules: [
    {
      // "tao sẽ đánh nó", "chém cả nhà mày", "đốt nhà nó": a striking verb right before whom it strikes.
      id: 'violence-frame-strike',
      kind: 'frame',
      slots: [
        { name: 'act', lexicons: ['threat.strike'] },
        { name: 'target', lexicons: AT },
        { name: 'speaker', lexicons: ['threat.speaker'], optional: true },
      ],
      within: 2,
      ordered: true,
      scope: 'clause',
      unless: [
        ...NOT_THREATS,
        { terms: NOT_A_BLOW, within: 1, side: 'after', accents: 'exact' },
        // "đối xử", "cư xử", "xét xử", "chặt chém", "an táng", "hỏa táng"; "bố mẹ đánh", "có đánh".
        {
          terms: ['đối', 'cư', 'xét', 'phân', 'chặt', 'an', 'hỏa', 'mai', 'bố', 'mẹ', 'có', 'sao'],
          within: 1,
          side: 'before',
          accents: 'exact',
        },
      ],
      examples: {
        flag: [
          'tao sẽ [đánh] nó',
          '[chém] cả nhà mày',
          'láo thì [đâm] thằng kia',
          '[xiên] thằng kia đi',
          '[chém] bọn nó đi',
          '[tiêu diệt] lũ đó',
          'nói láo nữa tao [đập] mày',
          '[đấm] mày giờ',
          '[xử] nó luôn cho tao',
          '[giết] thằng đó cho tao',
          '[giết] bọn nó đi',
        ],
        allow: [
          'đừng đánh nó nữa',
          'tôi sẽ xử lý nó sau',
          'nó bị đánh ở cổng trường, công an đang điều tra',
          'đánh giá nó cao lắm',
          'sáng nay đánh cầu lông với mày vui thật',
          'ai đánh mày thế, kể tao nghe',
          'con gà này giết nó luôn cho nóng',
          'cách cư xử của nó rất lễ phép',
          'pháp luật sẽ xử nó thích đáng',
          'boss còn ít máu, giết nó nhanh lên',
          'bắn pháo hoa mừng năm mới',
        ],
      },
    },
    {
      // "tao đánh chết", "mày ăn đòn", "mang dao qua", "cho người đến nhà mày": a harm phrase with
      // whom it threatens, or with the writer who threatens.
      id: 'violence-frame-harm',
      kind: 'frame',
      slots: [
        { name: 'act', lexicons: ['threat.harm'] },
        { name: 'target', lexicons: [...AT, 'threat.speaker'] },
      ],
      within: 5,
      scope: 'clause',
      unless: [
        ...NOT_THREATS,
        { terms: NOT_A_BLOW_AFTER_PHRASE, within: 1, side: 'after', accents: 'exact' },
        // "coi chừng nó bỏ thuốc độc": a warning about what someone else may do.
        { terms: ['coi chừng', 'cẩn thận', 'đề phòng', 'cảnh giác'], within: 3, side: 'before' },
        // "đánh chết cũng không tin": an idiom for "never".
        {
          terms: ['cũng không', 'cũng chẳng', 'cũng chả', 'cũng đéo', 'tao cũng không'],
          within: 3,
          side: 'after',
        },
        // "mang dao gọt hoa quả", "cầm dao thái thịt": kitchen work.
        {
          terms: [
            'gọt',
            'thái',
            'cắt',
            'bếp',
            'nấu',
            'thớt',
            'hoa quả',
            'trái cây',
            'rau',
            'thịt',
            'mài dao kéo',
          ],
          within: 5,
          accents: 'exact',
        },
      ],
      examples: {
        flag: [
          'tao [đánh gãy răng] thằng đó',
          'mày sẽ [ăn đòn] đấy',
          'cứ láo đi, tao [cho người đến] nhà mày',
          '[bắn chết] thằng đó đi',
        ],
        allow: [
          'đánh chết tao cũng không tin',
          'mẹ mang dao ra gọt hoa quả cho nó',
          'nam thanh niên bị đánh chết, công an đang điều tra',
          'nạn nhân bị đâm chết, nghi phạm đã bị bắt',
          'lấy dép đập chết con gián',
        ],
      },
    },
    {
      // "mang dao qua nhà nó", "tao mài sẵn mã tấu rồi", "vác gậy xuống đây": a weapon brought or
      // readied, with whom it is meant for or the writer who brings it.
      id: 'violence-frame-weapon',
      kind: 'frame',
      main: 'weapon',
      slots: [
        { name: 'carry', lexicons: ['weapon.carry'] },
        { name: 'weapon', lexicons: ['weapon'] },
        {
          name: 'target',
          lexicons: [...AT, 'threat.speaker', 'target.polite'],
          terms: ['ra đây', 'xuống đây', 'tới đây', 'đến đây'],
        },
      ],
      within: 5,
      scope: 'clause',
      unless: [
        ...NOT_THREATS,
        // "mang dao gọt hoa quả", "cầm dao thái thịt", "mài dao kéo": kitchen work and trades.
        {
          terms: [
            'gọt',
            'thái',
            'cắt',
            'bếp',
            'nấu',
            'thớt',
            'hoa quả',
            'trái cây',
            'rau',
            'thịt',
            'mài dao kéo',
            'làm vườn',
            'chặt củi',
          ],
          within: 6,
          accents: 'exact',
        },
        // "mang súng đồ chơi", "cầm súng nước": toys.
        { terms: ['đồ chơi', 'nước', 'bắn bi', 'cho con', 'cho bé'], within: 2, side: 'after' },
      ],
      examples: {
        flag: [
          'tao mang [dao] qua nhà mày',
          'tụi mày chờ đó, mai tao vác [mã tấu] xuống',
          'cầm [gậy] ra đây',
        ],
        allow: ['mẹ mang dao ra gọt hoa quả cho nó', 'tao mua cho mày khẩu súng nước rồi'],
      },
    },
    {
      // "liệu hồn", "thấy mặt là …", "úp sọt", "biết nhà mày ở đâu rồi", "tao xiên chết": threats
      // that need no one named.
      id: 'violence-frame-severe',
      kind: 'frame',
      slots: [
        { name: 'act', lexicons: ['threat.severe'] },
        { name: 'target', lexicons: [...AT, 'threat.speaker'], optional: true },
      ],
      unless: [
        ...NOT_THREATS,
        { terms: NOT_A_BLOW_AFTER_PHRASE, within: 1, side: 'after', accents: 'exact' },
        // "vất vả cho": hard work for someone.
        { terms: ['vất'], within: 1, side: 'before', accents: 'exact' },
        // "đốt nhà vàng mã": a paper house burnt as an offering.
        { terms: ['vàng mã', 'mã', 'giấy', 'hình nhân'], within: 2, side: 'after', accents: 'exact' },
      ],
      examples: {
        flag: [
          '[liệu hồn] đấy',
          'thấy mặt nó ở đâu là tao [úp sọt]',
          '[thấy mặt là] đánh',
          'tao [biết nhà mày ở đâu] rồi đấy',
          'gặp là tao [đập chết]',
          'láo nữa [cho ăn đạp]',
          'ra đây tao [xiên chết]',
          'láo nữa tao [cho mày biết tay]',
          'nói nữa tao [vả cho] mấy cái',
          'láo thì [tẩn cho] mấy cái',
          'tao mà gặp thì mày [no đòn]',
          'nói thêm câu nữa là [ăn dao] đấy',
          'ra đây [tao đâm]',
          '[bắn bỏ] hết lũ đó',
        ],
        allow: [
          'đừng úp sọt người ta như thế',
          'phim này có cảnh nhân vật úp sọt kẻ thù',
          'tao biết nhà mày gần trường mà',
          'anh qua nhà xử lý giúp em cái máy giặt',
          'mua rau và cho thêm ít hành',
          'chiều nay nó đón con ở trường',
          'mặt cô ấy ăn dao kéo nhiều quá',
          'tao dám cá là mai mưa',
          'rằm tháng bảy đốt nhà vàng mã',
          'đội nhà xử đẹp đối thủ 3-0',
        ],
      },
    },
    {
      // "anh em ơi kéo nhau qua đập nó": a call to gather, with a harm act and whom it is aimed at.
      id: 'violence-frame-incite',
      kind: 'frame',
      message: INCITE,
      main: 'act',
      slots: [
        { name: 'call', lexicons: ['incite'] },
        { name: 'act', lexicons: ['threat.act'] },
        { name: 'target', lexicons: AT },
      ],
      within: 8,
      unless: [...NOT_THREATS, { terms: NOT_A_BLOW, within: 1, side: 'after', accents: 'exact' }],
      examples: {
        flag: ['anh em ơi kéo nhau qua [đập] nó', 'ae tập trung rồi [xử] thằng đó'],
        allow: ['anh em kéo nhau đi nhậu ở nhà nó', 'hai anh em đánh cầu lông với nó'],
      },
    },
    {
      // "ae lên đồ qua nhà nó", "đi xử thằng kia", "kéo quân qua nhà nó": going after someone as a group.
      id: 'violence-frame-incite-go',
      kind: 'frame',
      message: INCITE,
      slots: [
        { name: 'call', lexicons: ['incite.go'] },
        // "kéo quân ra đây": a call to come and fight here.
        { name: 'target', lexicons: AT, terms: ['ra đây', 'xuống đây', 'tới đây', 'đến đây', 'vào đây'] },
      ],
      unless: [
        ...NOT_THREATS,
        { terms: ['tây sơn', 'quân thanh', 'vua', 'nghĩa quân', 'triều', 'quân đội', 'địch'], within: 10 },
        // "kéo nhau qua nhà nó ăn giỗ", "lên đồ đi đám cưới": a visit, a party.
        {
          terms: ['ăn', 'nhậu', 'chơi', 'chúc', 'thăm', 'giỗ', 'đám cưới', 'tiệc', 'sinh nhật', 'hát', 'xem'],
          within: 6,
          side: 'after',
        },
      ],
      examples: {
        flag: ['ae [lên đồ] qua nhà nó', 'tối nay [đi xử] thằng kia', 'ae [kéo nhau qua] nhà thằng đó'],
        allow: [
          'Quang Trung kéo quân ra Bắc đánh tan quân Thanh',
          'lên đồ đi đám cưới nhà nó',
          'cả lớp kéo nhau đến nhà cô chúc Tết',
        ],
      },
    },
    {
      // "mày chết đi", "cả nhà nó chết không toàn thây", "sao không chết luôn đi": a curse.
      id: 'violence-frame-curse',
      kind: 'frame',
      message: DEATH_WISH,
      slots: [
        { name: 'curse', lexicons: ['death.wish'] },
        { name: 'target', lexicons: [...AT, 'threat.speaker'], optional: true },
      ],
      unless: [
        ...NOT_THREATS,
        { terms: ['sắp', 'lúc', 'khi', 'lỡ', 'nếu', 'thích', 'thà'], within: 1, side: 'before' },
        // "thích chết đi được", "chết đi sống lại": idioms of strong feeling.
        { terms: ['được', 'mất', 'sống lại'], within: 1, side: 'after' },
        // "may sao không chết ai", "sao không chết máy": no one died, the engine did not stall.
        { terms: ['máy', 'ai'], within: 1, side: 'after', accents: 'exact' },
      ],
      examples: {
        flag: [
          'mày [chết đi]',
          'cả nhà nó [chết không toàn thây]',
          'loại như mày [tuyệt tự] cho rồi',
          'loại như mày [chết đi] cho rồi',
          'cả nhà nó [chết cả lò] đi',
          'tao [mong mày chết]',
          '[đi chết hết đi]',
          '[sao không chết] luôn đi',
          'loại đó [chết cho sạch đất]',
        ],
        allow: [
          'thà chết đi còn hơn sống nhục, tôi nghĩ vậy khi thất nghiệp',
          'phim kể về nhân vật bị nguyền chết không toàn thây',
          'suýt chết đuối khi tắm biển',
          'nhớ con chết đi được',
          'May sao không chết ai trong vụ sập cầu',
        ],
      },
    },
    {
      // "chúc mày chết sớm", "mong thằng đó bị xe tông": death or disaster wished on someone.
      id: 'violence-frame-wish',
      kind: 'frame',
      message: DEATH_WISH,
      main: 'event',
      slots: [
        { name: 'wish', lexicons: ['death.wisher'] },
        { name: 'target', lexicons: AT },
        { name: 'event', lexicons: ['death.event'] },
      ],
      unless: [
        ...NOT_THREATS,
        {
          terms: [
            'mừng',
            'cầu an',
            'cầu siêu',
            'sống lâu',
            'khỏe',
            'bình an',
            'mau khỏi',
            'qua khỏi',
            'vượt qua',
          ],
          within: 8,
        },
        // "chết mê chết mệt", "thoát chết", "suýt chết": idioms and escapes.
        { terms: ['thoát', 'suýt', 'người'], within: 2, side: 'before', accents: 'exact' },
        {
          terms: ['mê', 'mệt', 'khiếp', 'được', 'mất', 'đói', 'cười', 'thèm', 'sống lại'],
          within: 2,
          side: 'after',
          accents: 'exact',
        },
      ],
      examples: {
        flag: [
          'chúc mày [chết sớm]',
          'mong thằng đó [ra đường bị xe tông]',
          'cầu cho cả nhà nó [ung thư]',
          'cầu trời cho cả nhà nó [chết sạch]',
        ],
        allow: [
          'mong là nó không chết',
          'cầu cho bà nó qua khỏi cơn ung thư',
          'chúc mừng nó thoát chết trong tai nạn',
          'mong là không ai chết trong trận bão này',
          'chúc anh chết mê chết mệt chị ấy',
        ],
      },
    },
    {
      // "cả nhà mày chết hết", "cả họ nhà nó chết sạch": death pinned on someone's whole family.
      id: 'violence-frame-family-death',
      kind: 'frame',
      message: DEATH_WISH,
      main: 'event',
      slots: [
        { name: 'family', lexicons: ['target.family'] },
        { name: 'event', lexicons: ['death.event'] },
      ],
      within: 3,
      ordered: true,
      scope: 'clause',
      unless: [
        ...NOT_THREATS,
        // "cả nhà nó chết trong vụ cháy": a tragedy told, not wished.
        {
          terms: ['trong', 'tai nạn', 'cháy', 'dịch', 'bệnh', 'vì', 'do', 'từ', 'năm'],
          within: 3,
          side: 'after',
          accents: 'exact',
        },
        { terms: ['thương', 'tội nghiệp', 'xót', 'buồn'], within: 8 },
      ],
      examples: {
        flag: ['cả nhà mày [chết hết]', 'cả họ nhà nó [chết sạch]'],
        allow: ['cả nhà nó chết trong vụ cháy năm ngoái, thương lắm'],
      },
    },
    {
      // "I'm going to hurt you", "someone should shoot him", "next time I'll break your legs".
      id: 'en-violence-frame',
      kind: 'frame',
      lang: 'en',
      slots: [
        {
          name: 'act',
          terms: [
            'kill',
            'murder',
            'hurt',
            'beat',
            'beat up',
            'punch',
            'stab',
            'shoot',
            'smash',
            'break',
            'burn',
            'strangle',
            'choke',
            'slap',
            'kick',
            'bash',
            'slit',
            'hang',
            'torture',
            'knock out',
            'rape',
            'behead',
            'lynch',
            'poison',
            'run over',
          ],
        },
        {
          name: 'target',
          terms: [
            'you',
            'your',
            'him',
            'her',
            'them',
            'his',
            'their',
            'that guy',
            'this guy',
            'those people',
            'these people',
            'all of them',
          ],
        },
        {
          name: 'intent',
          terms: [
            'i will',
            "i'll",
            'ill',
            "i'm going to",
            'im going to',
            "i'm gonna",
            'im gonna',
            'gonna',
            'going to',
            'will',
            'should',
            'must',
            "let's",
            'lets',
            'someone should',
            'somebody should',
            'we should',
            'deserve to be',
            'deserves to be',
            'need to be',
            'ought to',
            'i want to',
            'wanna',
            'i swear',
            'next time',
            'wait till',
          ],
        },
      ],
      within: 4,
      scope: 'clause',
      unless: [
        {
          terms: [
            'the word',
            'movie',
            'film',
            'game',
            'book',
            'character',
            'episode',
            'news',
            'police',
            'arrested',
            'chess',
            'match',
            'team',
          ],
          within: 8,
        },
        {
          terms: ['time', 'record', 'feelings', 'a message', 'an email', 'a photo', 'a video', 'up', 'at'],
          within: 1,
          side: 'after',
        },
        {
          terms: ["don't", 'dont', 'not', 'never', 'would never', 'nobody should', 'no one should'],
          within: 2,
          side: 'before',
        },
      ],
      examples: {
        flag: ["I'm going to [hurt] you", 'someone should [shoot] him', 'i swear i will [break] your legs'],
        allow: [
          'I will beat you at chess tomorrow',
          'you should never hit your kids',
          'this game will kill my free time',
        ],
      },
    },
  ],
});
