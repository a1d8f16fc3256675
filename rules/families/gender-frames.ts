// Gender discrimination read as frames (Điều 4.5): a verdict on women, men or LGBT people as a group
// ("đàn bà toàn nhiều chuyện"), roles imposed on a sex ("phụ nữ chỉ nên ở nhà"), rights denied to it
// ("con gái học làm gì"), and LGBT people called ill, abnormal or disgusting.
import type { ContextSpec, FrameRule, FrameSlot, RuleSpec } from '../types';
import { GROUP_UNLESS } from './group-contexts';
import { groupFrames } from './group-frames';

const SEXIST = {
  vi: 'Định kiến giới: áp đặt vai trò hay phủ nhận quyền của phụ nữ (hoặc nam giới) như một nhóm.',
  en: 'A gender stereotype: a role imposed on, or a right denied to, women (or men) as a group.',
};
const SEXIST_SUGGESTION = {
  vi: 'Mỗi người tự chọn vai trò của mình; nói về người cụ thể và việc cụ thể, không về giới tính.',
  en: 'Everyone chooses their own role; talk about the person and the act, not their gender.',
};
const common = { kind: 'frame', category: 'gender', clause: '4.5', suggestion: SEXIST_SUGGESTION } as const;

/** "con gái tôi", "con trai mình": the writer's own child, one family's matter, not a sex's. */
const OWN_CHILD: ContextSpec = {
  terms: ['tôi', 'mình', 'tao', 'em', 'nhà tôi', 'nhà mình'],
  within: 1,
  accents: 'exact',
};

/** Advice, statistics and news about women, not a rule for them: "phụ nữ mang thai nên…". */
const NOT_A_RULE: readonly ContextSpec[] = [
  ...GROUP_UNLESS,
  {
    terms: ['mang thai', 'mang bầu', 'có bầu', 'sau sinh', 'bác sĩ', 'sức khỏe', 'ở afghanistan', 'taliban'],
    within: 8,
  },
  OWN_CHILD,
  // The sex is the one helped, not the one told: "đàn ông nên chia sẻ việc nhà với vợ".
  {
    terms: [
      'với vợ',
      'giúp vợ',
      'cùng vợ',
      'đỡ vợ',
      'phụ vợ',
      'với chồng',
      'giúp chồng',
      'cùng chồng',
      'đỡ chồng',
      'phụ chồng',
      'chia sẻ',
      'san sẻ',
      'cùng nhau',
      'phụ giúp',
      'giúp đỡ',
      'bình đẳng',
    ],
    within: 8,
  },
];

/** Wives and husbands as such ("vợ thì phải nghe lời chồng"): only in these frames, where a role follows. */
const WOMEN: FrameSlot = {
  name: 'group',
  lexicons: ['group.women'],
  terms: ['vợ', 'người vợ', 'làm vợ', 'con dâu', 'nàng dâu'],
  accents: 'exact',
};
const MEN: FrameSlot = {
  name: 'group',
  lexicons: ['group.men'],
  terms: ['chồng', 'người chồng', 'làm chồng', 'con rể'],
  accents: 'exact',
};
/** "nên", "phải" alone: "should" right after the sex and right before the role, not "so" elsewhere. */
const SHOULD: FrameSlot = { name: 'prescribe', terms: ['nên', 'phải', 'cần phải', 'nên biết', 'phải biết'] };

const prescriptive: FrameRule[] = [
  {
    ...common,
    id: 'gender-role-women',
    severity: 'medium',
    message: SEXIST,
    main: 'prescribe',
    within: 8,
    slots: [
      WOMEN,
      { name: 'prescribe', lexicons: ['gender.prescribe'] },
      { name: 'role', lexicons: ['gender.role.women'] },
    ],
    unless: NOT_A_RULE,
    examples: {
      flag: [
        'phụ nữ [chỉ nên] ở nhà chăm con',
        'đàn bà [thì phải] biết nấu ăn',
        'con gái [sinh ra để] lấy chồng',
        'việc nội trợ [là việc của] đàn bà',
      ],
      allow: [
        'phụ nữ mang thai nên ăn nhiều rau',
        'chồng tôi nấu cơm, tôi rửa bát',
        'không phải phụ nữ nào cũng chỉ nên ở nhà',
      ],
    },
  },
  {
    ...common,
    id: 'gender-role-men',
    severity: 'medium',
    message: SEXIST,
    main: 'prescribe',
    within: 8,
    slots: [
      MEN,
      { name: 'prescribe', lexicons: ['gender.prescribe'] },
      { name: 'role', lexicons: ['gender.role.men'] },
    ],
    unless: NOT_A_RULE,
    examples: {
      flag: ['đàn ông [thì phải] kiếm tiền nuôi vợ con', 'con trai [sinh ra để] làm trụ cột gia đình'],
      allow: ['vợ chồng tôi cùng kiếm tiền', 'anh ấy là trụ cột của đội bóng'],
    },
  },
  {
    ...common,
    id: 'gender-role-women-should',
    severity: 'medium',
    message: SEXIST,
    main: 'prescribe',
    within: 2,
    ordered: true,
    slots: [WOMEN, SHOULD, { name: 'role', lexicons: ['gender.role.women'] }],
    unless: NOT_A_RULE,
    examples: {
      flag: ['phụ nữ [nên] ở nhà nội trợ', 'đàn bà [phải] nghe lời chồng'],
      allow: ['vì là con gái lấy chồng theo chồng nên không có phần', 'phụ nữ mang thai nên ở nhà nghỉ ngơi'],
    },
  },
  {
    ...common,
    id: 'gender-role-men-should',
    severity: 'medium',
    message: SEXIST,
    main: 'prescribe',
    within: 2,
    ordered: true,
    slots: [MEN, SHOULD, { name: 'role', lexicons: ['gender.role.men'] }],
    unless: NOT_A_RULE,
    examples: {
      flag: ['đàn ông [phải] kiếm tiền nuôi vợ con'],
      allow: ['anh ấy phải kiếm tiền nuôi vợ con vì vợ ốm'],
    },
  },
  {
    ...common,
    id: 'gender-right-women',
    severity: 'medium',
    message: SEXIST,
    main: 'deny',
    within: 8,
    slots: [
      WOMEN,
      { name: 'deny', lexicons: ['gender.deny'] },
      { name: 'right', lexicons: ['gender.right.women'] },
    ],
    unless: NOT_A_RULE,
    examples: {
      flag: [
        'con gái học cao [làm gì]',
        'con gái học nhiều [làm gì], rồi cũng lấy chồng',
        'đàn bà [mà cũng đòi] làm lãnh đạo',
        'phụ nữ [không có quyền] cãi chồng',
        'con gái đi học đại học [để làm gì]',
      ],
      allow: [
        'phụ nữ ở Afghanistan không được đi học',
        'con gái tôi học đại học năm hai',
        'ai bảo phụ nữ không được làm lãnh đạo?',
      ],
    },
  },
  {
    ...common,
    id: 'gender-right-men',
    severity: 'medium',
    message: SEXIST,
    main: 'deny',
    within: 8,
    slots: [
      MEN,
      { name: 'deny', lexicons: ['gender.deny'] },
      { name: 'right', lexicons: ['gender.right.men'] },
    ],
    unless: NOT_A_RULE,
    examples: {
      flag: ['đàn ông [không được] khóc', 'con trai [mà cũng đòi] vào bếp'],
      allow: ['đàn ông cũng biết khóc', 'con trai tôi thích vào bếp nấu ăn'],
    },
  },
  {
    id: 'gender-lgbt-frame',
    kind: 'frame',
    category: 'gender',
    clause: '4.5',
    severity: 'high',
    message: {
      vi: 'Coi người đồng tính, chuyển giới là bệnh, bất thường, ghê tởm: lời lẽ kỳ thị.',
      en: 'Calling gay or transgender people ill, abnormal or disgusting is discrimination.',
    },
    suggestion: {
      vi: 'Đồng tính, chuyển giới không phải là bệnh; tôn trọng người khác như họ là.',
      en: 'Being gay or transgender is not an illness; respect people as they are.',
    },
    main: 'contempt',
    slots: [
      { name: 'group', lexicons: ['group.lgbt'] },
      { name: 'contempt', lexicons: ['lgbt.contempt'] },
    ],
    within: 8,
    // Not the victims' unless ("bị"): "người đồng tính bị bệnh" is the contempt itself.
    unless: [
      ...GROUP_UNLESS.filter((u) => !u.terms.includes('bị')),
      {
        terms: [
          'who',
          'tổ chức y tế thế giới',
          'loại khỏi',
          'danh sách bệnh',
          'không còn bị coi',
          'khoa học',
          'xóa khỏi',
          'ngừng',
        ],
        within: 8,
      },
      // "gay gắt", "gay go", "gay cấn": tense, not gay.
      { terms: ['gắt', 'go', 'cấn'], within: 1, side: 'after', accents: 'exact' },
    ],
    examples: {
      flag: [
        'đồng tính [là bệnh], [phải chữa]',
        'bọn bê đê nhìn [ghê tởm]',
        'chuyển giới là [trái tự nhiên]',
        'les thì nên [đi chữa] đi',
      ],
      allow: [
        'đồng tính không phải là bệnh',
        'định kiến coi đồng tính là bệnh hoạn cần được xóa bỏ',
        'WHO đã loại đồng tính khỏi danh sách bệnh từ năm 1990',
        'người chuyển giới thường bị kỳ thị nơi công sở',
      ],
    },
  },
];

/**
 * A trait pinned on the women of a place ("gái Thanh Hóa toàn đào mỏ", "vợ Nghệ An ghê gớm lắm"): a
 * verdict on a sex as much as on a region. The women are the main span, so the regional hint on the
 * trait stays beside it.
 */
const womenOfPlace: FrameRule = {
  ...common,
  id: 'gender-women-of-place',
  severity: 'high',
  message: {
    vi: 'Khái quát tiêu cực về phụ nữ một vùng miền: định kiến cả về giới lẫn quê quán.',
    en: 'A negative generalisation about the women of a region: a bias about sex and origin at once.',
  },
  suggestion: {
    vi: 'Nói về người cụ thể và việc cụ thể, không về giới tính hay quê quán.',
    en: 'Talk about the person and the act, not their sex or where they come from.',
  },
  main: 'group',
  slots: [
    { name: 'group', lexicons: ['group.women.place'] },
    { name: 'trait', lexicons: ['trait.negative'] },
  ],
  within: 6,
  ordered: true,
  scope: 'clause',
  unless: [...GROUP_UNLESS, OWN_CHILD],
  examples: {
    flag: ['[gái Thanh Hóa] toàn đào mỏ', '[vợ Nghệ An] thì ghê gớm lắm'],
    allow: ['gái Huế nói giọng ngọt lắm', 'phụ nữ miền Tây bị lừa đảo qua mạng nhiều'],
  },
};

export const genderFrames: readonly RuleSpec[] = [
  ...groupFrames({
    category: 'gender',
    prefix: 'gender',
    groups: ['group.gender', 'group.lgbt'],
    severity: 'high',
    message: {
      stereotype: {
        vi: 'Khái quát tiêu cực về một giới (phụ nữ, nam giới, người LGBT) như một nhóm.',
        en: 'A negative generalisation about a gender (women, men, LGBT people) as a group.',
      },
      dehumanize: {
        vi: 'Gọi phụ nữ, nam giới hay người LGBT là con vật, rác rưởi: lời lẽ phân biệt giới.',
        en: 'Calling women, men or LGBT people animals or filth is gender discrimination.',
      },
      exclusion: {
        vi: 'Loại trừ người vì giới tính, xu hướng tính dục (không tuyển, không cho thuê, đuổi đi).',
        en: 'Shutting people out for their gender or sexual orientation (no hiring, no renting).',
      },
    },
    suggestion: {
      vi: 'Nói về người cụ thể và việc cụ thể, không về giới tính.',
      en: 'Talk about the person and the act, not their gender.',
    },
    unless: [OWN_CHILD],
    examples: {
      stereotype: {
        flag: [
          'đàn bà toàn [nhiều chuyện]',
          'đàn ông ai cũng [lăng nhăng]',
          'bọn gay toàn [dâm dục]',
          'chị em lái xe đa số đều [lái ẩu]',
        ],
        allow: ['phụ nữ ai cũng xứng đáng được tôn trọng', 'đàn ông đâu phải ai cũng lăng nhăng'],
      },
      direct: {
        flag: [
          'đàn bà [nhiều chuyện]',
          'bọn đàn ông [tồi]',
          'con gái [thảo mai]',
          'đàn bà [lái xe như hạch]',
        ],
        allow: ['đàn ông không tồi như bạn nghĩ', 'một người phụ nữ bị lừa đảo qua mạng'],
      },
      contempt: {
        flag: ['thật sự [ghét] đàn bà', '[khinh] đàn ông'],
        allow: ['đừng ghét phụ nữ chỉ vì một người', 'phụ nữ ghét bị làm phiền'],
      },
      dehumanize: {
        flag: ['đàn bà là giống [lợn]', 'bọn đồng tính là lũ [sâu bọ]'],
        allow: ['phụ nữ nuôi lợn làm giàu', 'chị em như hoa'],
      },
      dehumanizeBefore: {
        flag: ['lũ [chó] đàn ông'],
        allow: ['con chó của phụ nữ hàng xóm'],
      },
      extermination: {
        flag: ['giết hết bọn [đồng tính]'],
        allow: ['phụ nữ diệt sạch gián trong bếp'],
      },
      exclusion: {
        flag: ['công ty [không tuyển] phụ nữ', '[không cho thuê nhà] người đồng tính'],
        allow: ['phòng trọ chỉ cho nữ thuê để đảm bảo an toàn', 'phản đối việc không tuyển phụ nữ'],
      },
      exclusionBefore: {
        flag: ['tuyển lái xe, [trừ] phụ nữ', '[cẩn thận với] người đồng tính'],
        allow: ['miễn phí vé cho phụ nữ ngày 8/3', 'phụ nữ mang thai được miễn trực đêm'],
      },
    },
  }),
  ...prescriptive,
  womenOfPlace,
];
