// Confidential documents as frames (Điều 5.2, civil servants): an internal document (draft,
// estimate, minutes, exam paper, decision, personnel list) with its status (classified, internal,
// unsigned, unpublished, a draft, an exam not yet sat) and a share or leak verb; or with a status
// that alone keeps it off social media. Published, cited or forbidden-to-share lifts the hint.
import { defineFamily } from '../family';
import { docStatus } from '../lexicons/doc.status';
import { docStatusStrong } from '../lexicons/doc.status.strong';

/** Published documents and their sources: sharing them is fine. */
const PUBLIC = [
  'công khai',
  'đã công bố',
  'đã ban hành',
  'đã được ban hành',
  'đăng tải',
  'cổng thông tin',
  'lấy ý kiến',
  'lấy ý kiến nhân dân',
  'công báo',
  'trang web',
  'website',
  'căn cứ',
  'theo quy định',
];

/** A reminder not to share is not a leak. */
const FORBIDDING = [
  'không được',
  'đừng',
  'nghiêm cấm',
  'cấm',
  'không nên',
  'tuyệt đối không',
  'không chia sẻ',
  'không được phép',
  'chưa được phép',
  'nhắc',
  'lưu ý',
  'quy định',
];

const UNLESS = [
  { terms: PUBLIC, within: 10 },
  { terms: FORBIDDING, within: 4 },
  // "mật" of a density, a password, honey: not a classification.
  { terms: ['mật độ', 'mật khẩu', 'mật ong', 'mật thiết', 'mật mã'], within: 14 },
];

/** Practice papers and past exams are for sharing. */
const PRACTICE = [
  'ôn thi',
  'ôn tập',
  'tham khảo',
  'đề thi thử',
  'thi thử',
  'đề minh họa',
  'năm ngoái',
  'năm trước',
  'các năm',
  'đề cương',
  'luyện thi',
  'luyện đề',
];

/** A family's or a student's own papers: a house estimate, an essay draft. */
/** An exam already sat: its paper and solutions are public. */
const EXAM_OVER = [
  'vừa thi xong',
  'thi xong',
  'đã thi',
  'sau khi thi',
  'sau buổi thi',
  'giải đề',
  'lời giải',
  'bài giải',
  'gợi ý giải',
  'gợi ý đáp án',
  'đáp án tham khảo',
  'chấm',
  'nhận xét đề',
];

const PRIVATE_LIFE = [
  'phụ huynh',
  'họp phụ huynh',
  'tổ dân phố',
  'khu phố',
  'họp lớp',
  'góp ý',
  'đã ký',
  'đã ban hành',
  'sửa nhà',
  'xây nhà',
  'nhà mình',
  'gia đình mình',
  'đám cưới',
  'tiểu luận',
  'bài tập',
  'luận văn',
  'khóa luận',
  'bài luận',
];

/** A status word: the document then falls to confidential-doc-leak or confidential-doc-status. */
const WITH_STATUS = [
  { terms: [...docStatus.fold, ...docStatusStrong.fold], within: 12 },
  { terms: [...docStatus.exact, ...docStatusStrong.exact], within: 12, accents: 'exact' as const },
];

const RULES = {
  vi: 'Kiểm tra nội quy cung cấp thông tin của cơ quan trước khi đăng.',
  en: "Check your agency's rules on sharing information before posting.",
};

export const confidentialFrames = defineFamily({
  defaults: {
    category: 'confidential',
    clause: '5.2',
    severity: 'high',
    profiles: ['civil-servant'],
    suggestion: RULES,
  },
  rules: [
    {
      id: 'confidential-doc-leak',
      kind: 'frame',
      main: 'document',
      within: 14,
      message: {
        vi: 'Chia sẻ văn bản nội bộ, chưa ban hành hoặc có độ mật lên mạng xã hội.',
        en: 'Sharing an internal, unissued or classified document on social media.',
      },
      slots: [
        { name: 'document', lexicons: ['doc.internal'] },
        { name: 'status', lexicons: ['doc.status'] },
        { name: 'share', lexicons: ['share'] },
      ],
      unless: UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: [
          'gửi anh em [bản dự thảo] [quyết định] nhân sự chưa ký, xem xong xóa nhé',
          '[đề thi] văn sáng mai thi đây, ai cần ib',
          'chụp được [biên bản họp] nội bộ sáng nay, up lên cho mọi người xem',
          'gui ae [danh sach can bo] du kien bo nhiem chua cong bo',
        ],
        allow: [
          'dự thảo luật đất đai đã đăng tải để lấy ý kiến nhân dân, mọi người xem góp ý',
          'nhắc anh em: tài liệu nội bộ không được chia sẻ lên mạng',
        ],
      },
    },
    {
      // The document is internal by its kind (minutes, a draft, an inspection finding, an exam
      // paper, a personnel list): shared at all, it leaks, unless it was published.
      id: 'confidential-doc-share',
      kind: 'frame',
      main: 'document',
      within: 12,
      message: {
        vi: 'Chia sẻ văn bản nội bộ của cơ quan lên mạng xã hội.',
        en: "Sharing an agency's internal document on social media.",
      },
      slots: [
        { name: 'document', lexicons: ['doc.internal.strong'] },
        { name: 'share', lexicons: ['share'] },
      ],
      unless: [
        ...UNLESS,
        ...WITH_STATUS,
        { terms: PRACTICE, within: 10 },
        { terms: PRIVATE_LIFE, within: 10 },
        { terms: EXAM_OVER, within: 12 },
        {
          terms: ['công bố', 'đưa tin', 'báo chí', 'theo báo', 'bài báo', 'thảo luận', 'quốc hội'],
          within: 12,
        },
        { terms: ['luật', 'nghị định', 'thông tư', 'nghị quyết'], within: 2, side: 'after' as const },
      ],
      unlessOfficialLink: true,
      examples: {
        flag: [
          'chụp được [biên bản họp chi bộ] tối qua, anh em xem nhé',
          'gửi ae [danh sách cắt giảm] biên chế của sở',
          'gui mn [du thao] quy che thi dua cua phong',
        ],
        allow: [
          'dự thảo nghị định đã đăng tải trên cổng thông tin để lấy ý kiến, mọi người góp ý',
          'đề thi thử môn toán, thầy gửi các em ôn tập',
          'không được chia sẻ biên bản họp lên mạng nhé anh em',
        ],
      },
    },
    {
      id: 'confidential-exam-leak',
      kind: 'frame',
      main: 'paper',
      within: 8,
      message: {
        vi: 'Chia sẻ đề thi, đáp án trước giờ thi là làm lộ bí mật của kỳ thi.',
        en: 'Sharing an exam paper or answers before the exam leaks the exam.',
      },
      slots: [
        {
          name: 'paper',
          terms: ['đề thi', 'đáp án', 'đề kiểm tra', 'đề thi chính thức', 'đề', 'bộ đề'],
          accents: 'exact',
        },
        { name: 'when', lexicons: ['exam.leak'] },
        { name: 'share', lexicons: ['share'] },
      ],
      unless: [...UNLESS, { terms: PRACTICE, within: 10 }],
      examples: {
        flag: [
          '[đề thi] toán tốt nghiệp sáng mai đây, ai cần ib mình gửi',
          '[đề] toán sáng mai thi đây, ai cần ib mình gửi',
        ],
        allow: [
          'đề thi thử môn toán sáng mai, gửi các em ôn tập',
          'đáp án đề thi môn văn sẽ được công bố sau khi thi xong',
        ],
      },
    },
    {
      id: 'confidential-doc-status',
      kind: 'frame',
      main: 'document',
      within: 4,
      severity: 'medium',
      message: {
        vi: 'Văn bản nội bộ, chưa ký hoặc chưa công bố: chỉ đăng khi cơ quan cho phép.',
        en: 'An internal, unsigned or unpublished document: post it only if your agency allows.',
      },
      slots: [
        { name: 'document', lexicons: ['doc.internal'] },
        { name: 'status', lexicons: ['doc.status.strong'] },
      ],
      unless: UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: [
          '[kết luận thanh tra] chưa công bố: giám đốc sở sai phạm nghiêm trọng',
          '[bảng lương] nội bộ của phòng năm nay',
        ],
        allow: [
          'kết quả thi đã công bố trên cổng thông tin của sở',
          'báo cáo chưa công bố thì đừng đăng nhé',
        ],
      },
    },
    {
      id: 'en-confidential-leak',
      kind: 'frame',
      lang: 'en',
      main: 'document',
      within: 10,
      severity: 'high',
      message: {
        vi: 'Chia sẻ văn bản nội bộ hoặc chưa công bố lên mạng xã hội.',
        en: 'Sharing an internal or unpublished document on social media.',
      },
      suggestion: {
        vi: 'Kiểm tra nội quy cung cấp thông tin của cơ quan trước khi đăng.',
        en: "Check your agency's rules on sharing information before posting.",
      },
      slots: [
        { name: 'document', lexicons: ['en.doc'] },
        { name: 'status', lexicons: ['en.status'] },
        { name: 'share', lexicons: ['en.share'] },
      ],
      unless: [
        {
          terms: [
            'published',
            'public consultation',
            'official website',
            'do not share',
            "don't share",
            'never share',
          ],
          within: 10,
        },
      ],
      examples: {
        flag: ["here's the unsigned [draft] of the personnel [decision], sharing before it's announced"],
        allow: ['the draft law is published for public consultation on the official website'],
      },
    },
  ],
});
