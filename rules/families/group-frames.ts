// The frames that read a remark about a group of people, shared by the regional, religious, gender
// and hate families: a verdict on the whole group (group + generaliser + negative trait, or group +
// trait said of it directly), calling it animals or vermin, and shutting it out. Each family gives
// its group lexicons, its words and its examples; the frames and their unless-contexts are the same.
import type { ContextSpec, FrameRule, FrameSlot, LocalText, RuleCategory, Severity } from '../types';
import { COUNTER_SPEECH, QUOTING } from './contexts';

/** Counter-speech: the writer rejects the stereotype ("đừng vơ đũa cả nắm", "định kiến"). */
const REJECTED = [
  ...COUNTER_SPEECH,
  'vơ đũa',
  'vơ đũa cả nắm',
  'quy chụp',
  'định kiến',
  'thành kiến',
  'kỳ thị',
  'kì thị',
  'phân biệt',
  'đừng nghĩ',
  'đừng có nghĩ',
  'không nên nghĩ',
  'không nên nói',
  'sai lầm',
  'hiểu lầm',
  'hiểu sai',
  'ngộ nhận',
  'lầm tưởng',
  'tiếng oan',
  'mang tiếng',
  'bị mang tiếng',
  'bị gắn mác',
  'gắn mác',
  'bị cho là',
  'bị coi là',
  'bị nói là',
  'stereotype',
] as const;

/** Not all of them: "không phải ai cũng", "ở đâu cũng có người tốt người xấu", "một số". */
const NOT_ALL = [
  'không phải',
  'đâu phải',
  'chẳng phải',
  'chả phải',
  'không hẳn',
  'ở đâu cũng có',
  'nơi nào cũng có',
  'chỗ nào cũng có',
  'vùng nào cũng có',
  'đâu cũng có',
  'người tốt người xấu',
  'người tốt kẻ xấu',
  'số ít',
  'cá biệt',
  'con sâu làm rầu nồi canh',
  'một con sâu',
] as const;

/** Someone else's words, reported to be weighed: "người ta nói", "nhiều người nghĩ", "câu". */
const REPORTED = [
  'người ta nói',
  'người ta bảo',
  'người ta hay nói',
  'người ta cứ nói',
  'nhiều người nói',
  'nhiều người nghĩ',
  'nhiều người cho rằng',
  'nhiều người bảo',
  'có người nói',
  'có người bảo',
  'có người cho rằng',
  'hay bị nói',
  'thường bị nói',
  'lối nghĩ',
  'câu nói',
  'quan niệm sai',
  'quan niệm cũ',
  'cái suy nghĩ',
  'kiểu suy nghĩ',
  'tin đồn',
  'lời đồn',
] as const;

/** A question that rejects the idea: "ai bảo dân X lười?", "sao lại nói…", "làm gì có chuyện". */
const REJECTING_QUESTION = [
  'ai bảo',
  'ai nói',
  'ai bảo là',
  'ai nói là',
  'sao lại nói',
  'sao lại bảo',
  'sao lại cho rằng',
  'sao lại nghĩ',
  'sao cứ nói',
  'sao cứ bảo',
  'tại sao lại nói',
  'làm gì có chuyện',
  'lấy đâu ra',
  'ai cho rằng',
  'không đúng',
  'sai rồi',
  'nói sai',
  'vô lý',
  'không đồng ý',
] as const;

/** News of a case: an individual reported, not a people judged. */
const NEWS = [
  'bị bắt',
  'bắt giữ',
  'bị khởi tố',
  'khởi tố',
  'truy tố',
  'điều tra',
  'cơ quan điều tra',
  'nghi phạm',
  'bị can',
  'bị cáo',
  'tòa án',
  'xét xử',
  'tuyên án',
  'vụ việc',
  'vụ án',
  'vụ lừa',
  'băng nhóm',
  'đường dây',
  'triệt phá',
  'phá án',
  'tạm giữ',
  'tạm giam',
  'theo báo',
  'theo thông tin',
  'bản tin',
  'thống kê',
  'khảo sát',
  'nghiên cứu',
  'tỷ lệ',
  'tỉ lệ',
] as const;

/**
 * One person, not the group: "một người Hà Nội", "cô gái", "đối tượng". Not "anh", "chị", "em":
 * between a frame's slots they are the writer ("gái miền Tây em thấy…").
 */
const INDIVIDUAL = [
  'một',
  '1',
  'thanh niên',
  'nam thanh niên',
  'cô gái',
  'chàng trai',
  'người đàn ông',
  'người phụ nữ',
  'đối tượng',
  'nghi phạm',
  'người',
  'hai',
  'tên',
  'kẻ',
  'gã',
  'ả',
  'nhóm',
  'băng',
  'có người',
  'có một',
] as const;

/** Negation and victims before the trait: "dân X không lười", "dân X toàn bị lừa". */
const NOT_OR_VICTIM = [
  'không',
  'chẳng',
  'chả',
  'chưa',
  'đâu có',
  'không hề',
  'chẳng hề',
  'chưa từng',
  'bị',
  'nạn nhân',
  'bị hại',
  'mắc lừa',
  'sập bẫy',
  'dính bẫy',
  'chống',
  'phòng chống',
  'tố cáo',
  'lên án',
  'thương',
  'giúp',
  'hỗ trợ',
  'bảo vệ',
  'chớ',
  'đừng',
  'không có',
  'chẳng có',
] as const;

/** A place, not its people: "ở Hà Nội đánh nhau", "đến Thanh Hóa". */
const AT_PLACE = ['ở', 'tại', 'từ', 'đến', 'tới', 'ra', 'vào', 'về', 'đi', 'trên', 'khắp', 'quanh'] as const;

/** What may rightly be driven out or wiped out: pests, crime, disease ("bọn trẻ diệt sạch chuột"). */
const NOT_PEOPLE = [
  'chuột',
  'gián',
  'muỗi',
  'ruồi',
  'sâu bệnh',
  'cỏ dại',
  'mối',
  'rệp',
  'kiến',
  'ốc bươu',
  'vi khuẩn',
  'virus',
  'dịch',
  'rác',
  'tội phạm',
  'ma túy',
  'tham nhũng',
  'tin giả',
  'hàng giả',
  'giặc',
  'quái vật',
  'zombie',
] as const;

/** Animals as food or livestock, not as people: "phở bò", "nuôi lợn", "thịt chó". */
const LIVESTOCK = [
  'phở',
  'thịt',
  'bún',
  'cơm',
  'lẩu',
  'chả',
  'nem',
  'gỏi',
  'món',
  'nướng',
  'nuôi',
  'chăn',
  'chăn nuôi',
  'trang trại',
  'con giống',
  'bắt',
  'bán',
  'mua',
] as const;

/**
 * Phrases that take in a short slot word and read it otherwise: "thời gian" is not "gian"
 * (dishonest), "mồ hôi" not "hôi" (smelly), "tham gia" not "tham" (greedy), "miễn phí" not "miễn"
 * (no one from…), "trừ khi" not "trừ" (except people from…).
 */
const NOT_A_TRAIT = [
  'thời gian',
  'không gian',
  'trung gian',
  'gian hàng',
  'gian nan',
  'gian khổ',
  'gian lao',
  'nhân gian',
  'dân gian',
  'thế gian',
  'trần gian',
  'gian phòng',
  'gian bếp',
  'mồ hôi',
  'tham gia',
  'tham khảo',
  'tham quan',
  'tham dự',
  'tham vấn',
  'tham số',
  'tham mưu',
  'tham chiến',
  'tham luận',
  'tham chiếu',
  'tiền tệ',
  'dở dang',
  'làm dở',
  'đang dở',
  'dở khóc dở cười',
  'ác liệt',
  'ác mộng',
  'ác cảm',
  'ác tính',
  'trộm vía',
  'trộm nghĩ',
  'nhìn trộm',
  'điêu khắc',
  'điêu luyện',
  'điêu đứng',
  'điêu tàn',
  'con lừa',
  'thời tiết xấu',
  'tin xấu',
  'xấu hổ',
  'kém hơn',
  'kém may mắn',
  'giờ kém',
  'hèn chi',
  'hèn gì',
  'hèn nào',
  'miễn phí',
  'miễn là',
  'miễn sao',
  'miễn cưỡng',
  'miễn dịch',
  'miễn thuế',
  'miễn trừ',
  'trừ khi',
  'trừ phi',
  'trừ điểm',
  'khấu trừ',
  'cộng trừ',
  'phòng trừ',
  'trừ sâu',
  'trừ tà',
  'đạo đức',
  'đạo lý',
  'đạo hiếu',
  'đạo nghĩa',
  'đạo làm người',
  'trừ ma',
  'trừ bệnh',
  'trừ hại',
  'diệt trừ',
  'nạn trộm',
  // "lũ trẻ trâu": brats, a put-down for how someone acts, not "lũ trẻ" (the young)
  'trẻ trâu',
  'bán nước hoa',
  'bán nước ngọt',
  'bán nước mía',
  'bán nước uống',
  'bán nước giải khát',
  'bán nước chè',
  'bán nước đá',
  'bán nước suối',
] as const;

/** What suppresses every group frame. */
export const GROUP_UNLESS: readonly ContextSpec[] = [
  { terms: NOT_A_TRAIT, within: 1, accents: 'exact' },
  { terms: [...REJECTED, ...REPORTED], within: 8 },
  { terms: NOT_ALL, within: 6 },
  { terms: REJECTING_QUESTION, within: 6, side: 'before' },
  { terms: QUOTING, within: 2, side: 'before', accents: 'exact' },
  { terms: NEWS, within: 8 },
  { terms: INDIVIDUAL, within: 1, side: 'before', accents: 'exact' },
  { terms: NOT_OR_VICTIM, within: 1, side: 'before', accents: 'exact' },
];

/** A link that says what the group is: "dân X là lũ chó", "bọn X như súc vật". */
const LINK: FrameSlot = {
  name: 'link',
  terms: [
    'là',
    'là lũ',
    'là bọn',
    'là đồ',
    'là loài',
    'là giống',
    'là một lũ',
    'như',
    'như lũ',
    'như bầy',
    'như đàn',
    'như là',
    'như thể',
    'y như',
    'chẳng khác gì',
    'không khác gì',
    'khác gì',
    'khác nào',
    'chả khác gì',
    'thua',
    'thua cả',
    'không bằng',
    'chẳng bằng',
    'lũ',
    'bầy',
    'bọn',
    'đồ',
    'loài',
    'toàn',
    'toàn lũ',
    'toàn bọn',
    'đều là',
    'rặt',
    'đúng là',
    'cả lũ',
    'cả bầy',
  ],
  accents: 'exact',
};

/**
 * Shutting out or warning against, said right before the group ("tuyển nhân viên, trừ người Thanh
 * Hóa", "miễn dân Nghệ An", "cảnh giác với bọn X"): alone these words are everyday ("trừ vùng này
 * thì đỡ", "cảnh giác với lừa đảo"), so the group must follow at once.
 */
const EXCLUDE_BEFORE: FrameSlot = {
  name: 'exclusion',
  terms: ['trừ', 'miễn', 'ngoại trừ', 'cẩn thận với', 'cảnh giác với'],
  accents: 'exact',
};

/** The examples of one frame: texts it must flag and texts it must leave alone. */
interface Examples {
  flag: readonly string[];
  allow: readonly string[];
}

/** What a family gives to get its group frames. */
export interface GroupFrameSpec {
  category: RuleCategory;
  /** Id prefix: "regional" gives "regional-stereotype", "regional-trait", "regional-exclusion". */
  prefix: string;
  /** The group lexicons of this family. */
  groups: readonly string[];
  severity: Severity;
  message: { stereotype: LocalText; exclusion: LocalText };
  suggestion: LocalText;
  /** Stripped from the extension build (build/strip-rule-examples.ts): the frames do without. */
  examples?: { stereotype: Examples; direct: Examples; exclusion: Examples; exclusionBefore: Examples };
  /** Extra unless-contexts of this family (history, a faith's own words…). */
  unless?: readonly ContextSpec[];
}

const common = (category: RuleCategory, severity: Severity, suggestion: LocalText) =>
  ({ kind: 'frame', category, severity, clause: '4.5', suggestion, unless: GROUP_UNLESS }) as const;

/** A family's group frames: a verdict on the group, a trait said of it, shutting it out. */
export function groupFrames(spec: GroupFrameSpec): FrameRule[] {
  const group: FrameSlot = { name: 'group', lexicons: spec.groups };
  const base = common(spec.category, spec.severity, spec.suggestion);
  const unless = [...GROUP_UNLESS, ...(spec.unless ?? [])];
  const trait: FrameSlot = { name: 'trait', lexicons: ['trait.negative'] };
  return [
    {
      ...base,
      unless,
      id: `${spec.prefix}-stereotype`,
      message: spec.message.stereotype,
      main: 'trait',
      slots: [group, { name: 'generalizer', lexicons: ['generalizer'] }, trait],
      within: 8,
      ...(spec.examples && { examples: spec.examples.stereotype }),
    },
    {
      // Said of the group directly, right after it: "dân X lươn lẹo lắm".
      ...base,
      id: `${spec.prefix}-trait`,
      message: spec.message.stereotype,
      main: 'trait',
      slots: [group, trait],
      within: 3,
      scope: 'clause',
      ordered: true,
      unless: [...unless, { terms: AT_PLACE, within: 1, side: 'before', accents: 'exact' }],
      ...(spec.examples && { examples: spec.examples.direct }),
    },
    {
      ...base,
      id: `${spec.prefix}-exclusion`,
      message: spec.message.exclusion,
      main: 'exclusion',
      slots: [{ name: 'exclusion', lexicons: ['exclusion'] }, group],
      within: 6,
      unless: [...unless, { terms: NOT_PEOPLE, within: 3, side: 'after', accents: 'exact' }],
      ...(spec.examples && { examples: spec.examples.exclusion }),
    },
    {
      ...base,
      id: `${spec.prefix}-exclusion-before`,
      message: spec.message.exclusion,
      main: 'exclusion',
      slots: [EXCLUDE_BEFORE, group],
      within: 1,
      ordered: true,
      unless: [...unless, { terms: NOT_PEOPLE, within: 3, side: 'after', accents: 'exact' }],
      ...(spec.examples && { examples: spec.examples.exclusionBefore }),
    },
  ];
}

/** What the hate family gives to get the frames that dehumanise any group or wish it gone. */
export interface HateFrameSpec {
  message: { dehumanize: LocalText; extermination: LocalText };
  suggestion: LocalText;
  examples?: { dehumanize: Examples; dehumanizeBefore: Examples; extermination: Examples };
}

/**
 * Any group called animals, vermin or filth, or wished dead or wiped out: hate whatever the group
 * (a province's people, a faith's, women…), shown beside the group's own discrimination hint.
 */
export function hateFrames(spec: HateFrameSpec): FrameRule[] {
  const group: FrameSlot = { name: 'group', lexicons: ['group.any'] };
  const base = common('hate', 'high', spec.suggestion);
  const animal: FrameSlot = { name: 'animal', lexicons: ['dehumanize'] };
  return [
    {
      ...base,
      id: 'hate-dehumanize',
      message: spec.message.dehumanize,
      main: 'animal',
      slots: [group, LINK, animal],
      within: 4,
      ordered: true,
      unless: [...GROUP_UNLESS, { terms: LIVESTOCK, within: 2, side: 'before', accents: 'exact' }],
      ...(spec.examples && { examples: spec.examples.dehumanize }),
    },
    {
      // The animal first: "lũ chó X", "đồ súc vật X".
      ...base,
      id: 'hate-dehumanize-before',
      message: spec.message.dehumanize,
      main: 'animal',
      slots: [LINK, animal, group],
      within: 2,
      scope: 'clause',
      ordered: true,
      ...(spec.examples && { examples: spec.examples.dehumanizeBefore }),
    },
    {
      ...base,
      id: 'hate-extermination',
      message: spec.message.extermination,
      main: 'group',
      slots: [{ name: 'extermination', lexicons: ['extermination'] }, group],
      within: 6,
      unless: [...GROUP_UNLESS, { terms: NOT_PEOPLE, within: 3, side: 'after', accents: 'exact' }],
      ...(spec.examples && { examples: spec.examples.extermination }),
    },
  ];
}
