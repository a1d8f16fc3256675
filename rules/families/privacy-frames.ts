// Privacy as frames (Điều 4.3, 4.8): a secret's word with its value ("mật khẩu facebook của tao là
// …"), an identity number after its word, someone else's phone or ID number, a child with the
// school or class that locates them, someone else's address. A shop's contact, the writer's own
// details given to one person, examples and advice lift the hint.
import { defineFamily } from '../family';
import { SHOP_CONTACT } from './contexts';

/** Codes that are promotions, not secrets. */
const PROMO = [
  'giảm giá',
  'mã giảm',
  'khuyến mãi',
  'sale',
  'voucher',
  'ưu đãi',
  'freeship',
  'quà tặng',
  'coupon',
];

/** Talking about secrets, not giving one: examples, advice, defaults, recovering one's own. */
const ABOUT_SECRETS = [
  'ví dụ',
  'chẳng hạn',
  'đừng đặt',
  'không nên đặt',
  'tránh đặt',
  'đừng dùng',
  'không nên dùng',
  'mặc định',
  'quên mật khẩu',
  'lấy lại mật khẩu',
  'khôi phục mật khẩu',
  'đặt lại mật khẩu',
  'gồm',
  'ít nhất',
  'tối thiểu',
  'ký tự',
  'không bao giờ',
  'đừng cung cấp',
  'không cung cấp',
  'đừng chia sẻ',
  'dùng thử',
  'demo',
  'thử nghiệm',
  // Guest wifi posted by a venue is meant to be public.
  'quán',
  'cafe',
  'cà phê',
  'nhà hàng',
  'khách sạn',
  'quý khách',
  'hội trường',
];

/** The writer's own details, or a business's public ones. */
const OWN = [
  { terms: SHOP_CONTACT, within: 10 },
  {
    terms: ['của em', 'của mình', 'của tôi', 'của tớ', 'của tui', 'mẫu', 'ví dụ', 'giả định'],
    within: 4,
    side: 'before' as const,
  },
];
/** A scammer's number posted as a warning is meant to be public; a home address is not. */
const OWN_OR_PUBLIC = [
  ...OWN,
  { terms: ['đừng', 'không nên', 'cẩn thận', 'cảnh giác', 'lừa đảo', 'mạo danh'], within: 10 },
];

/** Calls to harass the owner of a posted number. */
const EXPOSE = [
  'gọi chửi',
  'nhắn tin chửi',
  'nhắn chửi',
  'khủng bố',
  'gọi khủng bố',
  'spam',
  'gọi hỏi thăm',
  'hỏi thăm nó',
  'gọi cho nó',
  'nhắn cho nó',
  'ae gọi',
  'anh em gọi',
  'mọi người gọi',
  'mn gọi',
  'xử nó',
  'dạy nó',
  'cho nó biết',
  'bóc phốt',
  'réo',
  'làm phiền nó',
  'nó đây',
  'của nó đây',
];

/** Numbers given to help someone: donations, hardship appeals. */
const CHARITY = ['từ thiện', 'giúp đỡ', 'ủng hộ', 'hoàn cảnh', 'quyên góp'];

const ADDRESS = {
  message: {
    vi: 'Đăng địa chỉ nhà của người khác có thể khiến họ gặp nguy hiểm.',
    en: "Posting someone's home address can put them in danger.",
  },
  suggestion: { vi: 'Xóa địa chỉ này.', en: 'Remove the address.' },
};
const HOME_UNLESS = [
  ...OWN,
  // "ngõ cụt", "ngõ ngách", "ngõ hẻm": a dead end or every corner, not an address.
  { terms: ['cụt', 'ngách', 'hẻm', 'tắt'], within: 1, side: 'after' as const },
  { terms: ['nhà tôi', 'nhà mình', 'nhà em', 'mời', 'tân gia', 'đám cưới'], within: 10 },
];

export const privacyFrames = defineFamily({
  defaults: { category: 'privacy', clause: '4.3', severity: 'high' },
  rules: [
    {
      id: 'privacy-password',
      kind: 'frame',
      main: 'value',
      within: 6,
      ordered: true,
      message: {
        vi: 'Có vẻ bạn đang đăng mật khẩu; ai đọc được cũng vào được tài khoản.',
        en: 'This looks like a password; anyone who reads it can get into the account.',
      },
      suggestion: { vi: 'Xóa giá trị này và đổi mật khẩu mới.', en: 'Remove it and change the password.' },
      slots: [
        { name: 'secret', lexicons: ['secret.password'] },
        { name: 'value', shapes: ['secret', 'number'] },
      ],
      unless: [
        { terms: PROMO, within: 8 },
        { terms: ABOUT_SECRETS, within: 8 },
      ],
      examples: {
        flag: [
          'Mật khẩu facebook của tao là [Hoangnam@98] nhé',
          'pass wifi của thằng hàng xóm là [abcd@2468] nha',
          'mật khẩu là [hoa12345]',
          'pass fb của tao là [Hoangnam1998]',
          'password gmail công ty [Congty2024]! ai cần thì dùng',
        ],
        allow: [
          'mật khẩu phải có ít nhất 8 ký tự, ví dụ Abc@1234',
          'mật khẩu mặc định của modem là admin123',
          'nhập mã giảm giá SALE2024 để được giảm 20%',
        ],
      },
    },
    {
      id: 'privacy-otp',
      kind: 'frame',
      main: 'value',
      within: 6,
      ordered: true,
      message: {
        vi: 'Đừng chia sẻ mã OTP, mã xác nhận với bất kỳ ai, kể cả người xưng là ngân hàng.',
        en: 'Never share a one-time or verification code, not even with someone claiming to be your bank.',
      },
      suggestion: { vi: 'Xóa mã này khỏi tin nhắn.', en: 'Remove the code from your message.' },
      slots: [
        { name: 'secret', lexicons: ['secret.code'] },
        { name: 'value', shapes: ['secret', 'number'] },
      ],
      unless: [
        { terms: PROMO, within: 8 },
        { terms: ABOUT_SECRETS, within: 8 },
      ],
      examples: {
        flag: ['mã OTP của em là [482913] nhé', 'mã xác thực ngân hàng vừa gửi: [551 902 37]'],
        allow: [
          'Mã OTP gồm 6 chữ số, có hiệu lực trong 5 phút',
          'nhập mã giảm giá SALE2024 để được giảm 20%',
        ],
      },
    },
    {
      id: 'privacy-citizen-id',
      kind: 'frame',
      main: 'number',
      within: 6,
      message: {
        vi: 'Số định danh cá nhân (căn cước, hộ chiếu, số thẻ): kẻ gian có thể dùng để vay tiền, mở tài khoản.',
        en: 'An identity number (citizen ID, passport, card): fraudsters can use it to borrow or open accounts.',
      },
      suggestion: {
        vi: 'Che bớt các chữ số, ví dụ 0010******89.',
        en: 'Mask the digits, e.g. 0010******89.',
      },
      slots: [
        { name: 'word', lexicons: ['personal.idcard'] },
        { name: 'number', shapes: ['number'] },
      ],
      unless: [{ terms: ['mẫu', 'ví dụ', 'gồm', 'có 12 số', 'định dạng', 'giả định'], within: 8 }],
      examples: {
        flag: ['CMND của chị ấy [012345678] nhé', 'so ho chieu cua ong ay la [012345678]'],
        allow: [
          'căn cước công dân gồm 12 chữ số',
          'đơn hàng 001203004567 đã giao',
          'làm lại căn cước ở công an phường nhé',
        ],
      },
    },
    {
      id: 'privacy-phone-third-party',
      kind: 'frame',
      main: 'number',
      within: 8,
      severity: 'medium',
      message: {
        vi: 'Số điện thoại, số tài khoản của người khác là dữ liệu cá nhân; đăng lên có thể khiến họ bị quấy rối.',
        en: "Someone else's phone or account number is personal data; posting it can get them harassed.",
      },
      suggestion: { vi: 'Xóa số này.', en: 'Remove this number.' },
      slots: [
        { name: 'person', lexicons: ['person.third', 'child'] },
        {
          name: 'word',
          lexicons: ['personal.contact'],
          terms: ['số của', 'gọi cho', 'gọi khủng bố', 'khủng bố', 'nhắn tin chửi', 'gọi chửi', 'spam'],
        },
        { name: 'number', shapes: ['number'] },
      ],
      unless: [...OWN_OR_PUBLIC, { terms: CHARITY, within: 15 }],
      examples: {
        flag: [
          'số điện thoại của con bồ thằng Hải đây [0912 345 678], gọi mà hỏi',
          'sđt vợ tôi [0987654321] ai gặp thì báo giúp',
        ],
        allow: [
          'Shop giao hàng toàn quốc, liên hệ 0987.654.321',
          'số điện thoại của em là 0934 424 727, chị gọi nhé',
        ],
      },
    },
    {
      // A number put up for others to harass its owner: "số nó đây …, ae gọi chửi".
      id: 'privacy-expose-number',
      kind: 'frame',
      main: 'number',
      within: 10,
      message: {
        vi: 'Đăng số điện thoại, số tài khoản của người khác để kêu gọi quấy rối họ.',
        en: "Posting someone's phone or account number to get them harassed.",
      },
      suggestion: { vi: 'Xóa số này.', en: 'Remove this number.' },
      slots: [
        { name: 'number', shapes: ['number'] },
        { name: 'call', terms: EXPOSE },
      ],
      unless: [
        ...OWN,
        {
          terms: [
            'số lạ',
            'bị khủng bố',
            'bị làm phiền',
            'chặn số',
            'báo công an',
            'khủng bố mình',
            'khủng bố tôi',
            'gọi cho mình',
            'gọi mình',
          ],
          within: 10,
        },
      ],
      examples: {
        flag: ['[0987654321] đây, anh em gọi chửi cho chừa', 'stk [0123456789], ae khủng bố đi'],
        allow: [
          'shop mình giao hàng tận nơi, gọi 0987654321 nhé',
          'có số lạ 0987654321 gọi khủng bố mình cả đêm',
        ],
      },
    },
    {
      // A photo of someone's identity papers: "ảnh căn cước của con đó".
      id: 'privacy-id-photo',
      kind: 'frame',
      main: 'photo',
      within: 10,
      message: {
        vi: 'Ảnh giấy tờ tùy thân của người khác là dữ liệu cá nhân.',
        en: "A photo of someone else's identity papers is personal data.",
      },
      suggestion: { vi: 'Xóa ảnh giấy tờ này.', en: 'Remove the photo of the papers.' },
      slots: [
        { name: 'photo', lexicons: ['personal.photo'] },
        { name: 'person', lexicons: ['person.third', 'child'] },
      ],
      unless: [
        ...OWN,
        {
          terms: ['mẫu', 'hướng dẫn', 'cách chụp', 'nộp', 'bị mất', 'đánh rơi', 'nhặt được', 'thất lạc'],
          within: 10,
        },
      ],
      examples: {
        flag: ['gửi mọi người [ảnh căn cước] của con nhỏ đó, nó tên Mai'],
        allow: [
          'hướng dẫn cách chụp ảnh căn cước để nộp hồ sơ online',
          'mình nhặt được ví có ảnh cccd của anh ấy, ai biết báo giúp',
        ],
      },
    },
    {
      // Someone's address with its street, ward or district: "địa chỉ nhà nó là 45 Lê Lợi phường 3".
      id: 'privacy-street-address',
      kind: 'frame',
      main: 'street',
      within: 10,
      message: ADDRESS.message,
      suggestion: ADDRESS.suggestion,
      slots: [
        { name: 'person', lexicons: ['person.third', 'child'] },
        {
          name: 'address',
          lexicons: ['address.place'],
          terms: ['nhà ở', 'sống ở', 'trọ ở', 'thuê nhà ở', 'đang ở'],
        },
        {
          name: 'street',
          terms: ['phường', 'quận', 'huyện', 'thôn', 'ấp', 'tổ', 'số nhà', 'tổ dân phố', 'khu phố'],
          accents: 'exact',
        },
      ],
      unless: [...HOME_UNLESS, { terms: ['đừng', 'không nên', 'cảnh giác'], within: 10 }],
      examples: {
        flag: ['nó trọ ở [phường] Bến Nghé, ai rảnh ghé thăm nó giùm'],
        allow: ['nhà tôi ở phường 3, mời cả lớp ghé chơi', 'anh ấy sống ở nước ngoài lâu rồi'],
      },
    },
    {
      id: 'privacy-child-details',
      kind: 'frame',
      main: 'value',
      within: 10,
      severity: 'medium',
      clause: '4.8',
      message: {
        vi: 'Tên trường, lớp của trẻ giúp người lạ tìm ra cháu; cân nhắc bớt chi tiết.',
        en: "A child's school and class let strangers find them; consider leaving some out.",
      },
      suggestion: { vi: 'Bỏ tên trường hoặc lớp.', en: 'Leave out the school or class.' },
      slots: [
        { name: 'child', lexicons: ['child'] },
        { name: 'school', lexicons: ['school.place'] },
        { name: 'value', lexicons: ['class.code'], shapes: ['name'] },
      ],
      // The school's name or class comes after its word; a child's own name before it is not one.
      ordered: true,
      unless: [
        {
          terms: [
            'tuyển sinh',
            'thông báo',
            'khai giảng',
            'tổ chức',
            'nhà trường',
            'ban giám hiệu',
            'thi vào',
            'đỗ vào',
            'đậu vào',
            'trúng tuyển',
            'xét tuyển',
            'đăng ký vào',
            'muốn vào',
            'có nên',
            'nên cho',
            'review',
            'chất lượng',
          ],
          within: 10,
        },
      ],
      examples: {
        flag: [
          'con tôi tên Minh Anh, học trường tiểu học [Kim Đồng]',
          'bé nhà tôi học lớp [3B2] trường mầm non [Hoa Sen]',
          'con trai em tên Khoa, học trường THCS [Trưng Vương]',
          'bé nhà mình học mầm non [Hoa Sen], chiều nào ông cũng đón',
          'thằng bé học lớp [6A3] trường thcs [Trưng Vương]',
        ],
        allow: [
          'Trường tiểu học Kim Đồng tuyển sinh lớp 1 năm học 2025',
          'con tôi tên Minh, năm nay vào lớp 1 rồi',
        ],
      },
    },
    {
      id: 'privacy-home-address',
      kind: 'frame',
      main: 'address',
      within: 8,
      message: ADDRESS.message,
      suggestion: ADDRESS.suggestion,
      slots: [
        { name: 'person', lexicons: ['person.third', 'child'] },
        { name: 'address', lexicons: ['address.word'] },
        { name: 'value', shapes: ['name', 'number'], optional: true },
      ],
      unless: HOME_UNLESS,
      examples: {
        flag: [
          'nhà nó ở số 12 [ngõ] 34 phố Huế, anh em qua hỏi thăm đi',
          'nhà con bé đó ở [hẻm] 42 Lê Văn Sỹ',
          'địa chỉ nhà thằng đấy: số 7 [ngách] 12 Kim Mã',
        ],
        allow: [
          'nhà nó ở xa nên hay đến muộn',
          'nhà tôi ở số 5 ngõ 10 Hàng Bột, mời mọi người đến dự tiệc tân gia',
        ],
      },
    },
    {
      // Words that also name places in general count with a name or number after them.
      id: 'privacy-third-address',
      kind: 'frame',
      main: 'address',
      within: 8,
      message: ADDRESS.message,
      suggestion: ADDRESS.suggestion,
      slots: [
        { name: 'person', lexicons: ['person.third', 'child'] },
        { name: 'address', lexicons: ['address.place'] },
        { name: 'value', shapes: ['name', 'number'] },
      ],
      unless: HOME_UNLESS,
      examples: {
        flag: [
          'con mụ đó ở [chung cư] Hoàng Anh Gia Lai, ai gần qua hỏi thăm',
          '[địa chỉ] của thằng Tuấn: Lê Văn Sỹ quận 3',
        ],
        allow: ['anh ấy ở chung cư nên không nuôi chó được', 'nhà ga Hà Nội ở số 120 đường Lê Duẩn'],
      },
    },
    {
      id: 'en-privacy-secret',
      kind: 'frame',
      lang: 'en',
      main: 'value',
      within: 6,
      ordered: true,
      severity: 'high',
      message: {
        vi: 'Có vẻ bạn đang đăng mật khẩu hoặc mã xác thực.',
        en: 'This looks like a password or verification code.',
      },
      suggestion: { vi: 'Xóa giá trị này và đổi mật khẩu mới.', en: 'Remove it and change the password.' },
      slots: [
        { name: 'secret', lexicons: ['en.secret'] },
        { name: 'value', shapes: ['secret', 'number'] },
      ],
      unless: [
        {
          terms: [
            'for example',
            'e.g',
            'default',
            'at least',
            'characters',
            'never share',
            'discount',
            'promo',
            'coupon',
          ],
          within: 8,
        },
      ],
      examples: {
        flag: ['my facebook password is [Minh@2024], log in for me'],
        allow: ['your password needs at least 8 characters, for example Abc@1234'],
      },
    },
    {
      id: 'en-privacy-address',
      kind: 'frame',
      lang: 'en',
      main: 'street',
      within: 10,
      message: ADDRESS.message,
      suggestion: ADDRESS.suggestion,
      slots: [
        { name: 'person', lexicons: ['en.person'], terms: ['he', 'she', 'they', 'that guy', 'this guy'] },
        {
          name: 'lives',
          terms: [
            'lives at',
            'lives on',
            'address is',
            'home address',
            'house is at',
            'house is on',
            'stays at',
            'staying at',
            'apartment is',
          ],
        },
        {
          name: 'street',
          terms: [
            'street',
            'st',
            'road',
            'alley',
            'lane',
            'ward',
            'district',
            'apartment',
            'apt',
            'block',
            'floor',
            'room',
          ],
        },
      ],
      unless: [
        {
          terms: ['my', 'our', 'hotel', 'office', 'shop', 'store', 'restaurant', 'cafe', 'museum', 'party'],
          within: 10,
        },
      ],
      examples: {
        flag: ['that guy lives at 25 Tran Hung Dao [street], go teach him a lesson'],
        allow: ['our shop is on Le Loi street, come visit', 'she lives in a quiet district, lucky her'],
      },
    },
    {
      id: 'en-privacy-child',
      kind: 'frame',
      lang: 'en',
      main: 'school',
      within: 10,
      message: {
        vi: 'Trường, lớp của một đứa trẻ giúp người lạ tìm ra cháu.',
        en: "A child's school and class let strangers find the child.",
      },
      suggestion: { vi: 'Bỏ tên trường, lớp.', en: 'Leave out the school and class.' },
      slots: [
        {
          name: 'child',
          terms: [
            'her daughter',
            'his daughter',
            'their daughter',
            'her son',
            'his son',
            'their son',
            'her kid',
            'his kid',
            'their kids',
            'the girl',
            'the boy',
            'my daughter',
            'my son',
            'my kid',
          ],
        },
        {
          name: 'school',
          terms: [
            'primary school',
            'elementary school',
            'kindergarten',
            'middle school',
            'high school',
            'class',
            'grade',
          ],
        },
        {
          name: 'value',
          shapes: ['name'],
          terms: ['picks her up', 'picks him up', 'pick up', 'gets out at', 'after school'],
        },
      ],
      unless: [
        {
          terms: ['proud', 'congrats', 'congratulations', 'graduated', 'any advice', 'recommend'],
          within: 12,
        },
      ],
      examples: {
        flag: ['her daughter is in [class] 3A at Nguyen Du [primary school], picks her up at 5pm'],
        allow: ['so proud, my daughter graduated from high school today'],
      },
    },
    {
      id: 'en-privacy-third-number',
      kind: 'frame',
      lang: 'en',
      main: 'number',
      within: 8,
      severity: 'medium',
      message: {
        vi: 'Số điện thoại, số giấy tờ của người khác là dữ liệu cá nhân.',
        en: "Someone else's phone or ID number is personal data.",
      },
      suggestion: { vi: 'Xóa số này.', en: 'Remove this number.' },
      slots: [
        { name: 'person', lexicons: ['en.person'] },
        { name: 'datum', lexicons: ['en.datum'] },
        { name: 'number', shapes: ['number'] },
      ],
      unless: [
        { terms: ['my number', 'call me', 'our hotline', 'hotline', 'shop', 'store', 'order'], within: 10 },
      ],
      examples: {
        flag: ['here is her phone number [0912 345 678], call and tell her what you think'],
        allow: ['call me at 0912 345 678, our hotline is open all day'],
      },
    },
  ],
});
