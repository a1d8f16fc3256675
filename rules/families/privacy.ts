// Privacy and account security (Điều 4.3, 4.8): one-time codes, passwords, citizen ID numbers,
// bank accounts, someone's home address, a child's identifying details. A shop's hotline is not one.
import { defineFamily } from '../family';
import { SHOP_CONTACT } from './contexts';

const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}])';

/** Promotion words: a "code" next to them is a discount code, not a one-time password. */
const PROMO = ['giảm giá', 'giảm', 'khuyến mãi', 'sale', 'voucher', 'ưu đãi', 'freeship', 'quà tặng'];

/** What precedes a password: the word itself, for an account, or whose it is. */
const PW_WORD = '(?:mật khẩu|mat khau|password|passwd|pass|pw)';
const PW_FOR = '(?:wifi|fb|facebook|zalo|email|gmail|tk|nick|game|ig|tiktok|máy|email công ty)';
const PW_WHOSE = '(?:tao|tôi|mình|em|nó|anh|chị)';

/** A parent naming their child: "con tôi tên", "bé nhà mình tên", "con trai em tên"… */
const CHILD_NAMED = [
  'bé tên',
  'cháu tên',
  ...['con', 'con trai', 'con gái', 'bé', 'bé nhà', 'cháu', 'cháu nhà', 'con nhà'].flatMap((who) =>
    ['tôi', 'mình', 'em', 'tớ', 'tui', 'chị', 'anh'].map((mine) => `${who} ${mine} tên`),
  ),
];

/** Someone else's house, named with a distancing pronoun or classifier ("nhà thằng đó ở", "nhà nó:"). */
const THEIR_HOUSE = `${NB}(?:địa chỉ )?nhà (?:(?:nó|hắn|mụ|lão)(?: đó| đấy| ấy| này| kia)?|(?:thằng|thg|con|đứa|tên|bọn|tụi) [\\p{L}]{1,10}(?: đó| đấy| ấy| này| kia)?)(?: ở| tại|:| :)${NA}`;

/** A card number and its CVV: one message for both rules. */
const CARD = {
  message: {
    vi: 'Số thẻ ngân hàng hoặc mã CVV: ai đọc được cũng có thể tiêu tiền trong thẻ.',
    en: 'A card number or CVV: anyone who reads it can spend from the card.',
  },
  suggestion: { vi: 'Xóa số thẻ và mã CVV.', en: 'Remove the card number and CVV.' },
} as const;

const CHANGE_PASSWORD = { vi: 'Xóa mật khẩu và đổi mật khẩu mới.', en: 'Remove it and change the password.' };

export const privacy = defineFamily({
  defaults: { category: 'privacy', clause: '4.3', severity: 'high' },
  rules: [
    {
      id: 'privacy-otp',
      kind: 'pattern',
      message: {
        vi: 'Đừng chia sẻ mã OTP, mã xác nhận với bất kỳ ai, kể cả người xưng là ngân hàng.',
        en: 'Never share a one-time or verification code, not even with someone claiming to be your bank.',
      },
      suggestion: { vi: 'Xóa mã này khỏi tin nhắn.', en: 'Remove the code from your message.' },
      pattern: `${NB}(?:\\d{4,8}|\\d{3} \\d{3}|\\d \\d \\d \\d(?: \\d \\d)?)${NA}`,
      near: {
        terms: [
          'otp',
          'mã otp',
          'mã xác nhận',
          'mã xác thực',
          'mã xác minh',
          'mã kích hoạt',
          'mã bảo mật',
          'mã đăng nhập',
          'verification code',
          'code',
        ],
        within: 5,
        extend: true,
      },
      unless: [{ terms: PROMO, within: 6 }],
      examples: {
        flag: [
          '[mã OTP của em là 482913] nhé',
          '[code xác nhận: 5521]',
          '[mã xác minh zalo là 884 210]',
          '[otp là 5 5 2 1] nha',
        ],
        allow: [
          'năm 2024 là năm của rồng',
          'mã giảm giá SALE2024 cho khách mới',
          'nhập code SALE 2024 để được giảm 20%',
        ],
      },
    },
    {
      id: 'privacy-password',
      kind: 'pattern',
      message: {
        vi: 'Có vẻ bạn đang đăng mật khẩu; ai đọc được cũng vào được tài khoản.',
        en: 'This looks like a password; anyone who reads it can get into the account.',
      },
      suggestion: CHANGE_PASSWORD,
      pattern: `${NB}(?:${PW_WORD}|${PW_WORD} ${PW_FOR}|${PW_WORD} của ${PW_WHOSE}|${PW_WORD} fb của ${PW_WHOSE}|mk (?:fb|wifi|zalo|email))\\s?(?:là|la|:|=)\\s?(?=\\S{0,23}\\d)\\S{4,24}`,
      examples: {
        flag: ['[pass wifi: Nha2024@] nhé', '[mật khẩu là hoa12345]', '[pass fb của tao là Hoangnam1998]'],
        allow: [
          'quên mật khẩu thì bấm "Quên mật khẩu"',
          'vượt qua (pass) vòng phỏng vấn rồi',
          'pass lại váy size M giá: 150k',
        ],
      },
    },
    {
      id: 'privacy-login-pair',
      kind: 'pattern',
      message: {
        vi: 'Tên đăng nhập kèm mật khẩu: ai đọc được cũng vào được tài khoản.',
        en: 'A login with its password: anyone who reads it can get into the account.',
      },
      suggestion: CHANGE_PASSWORD,
      // Led by the ":" / "=" (a fast scan: a pattern led by common letters tries every "t", "a", "u"),
      // with the login word as a near context that widens the underline.
      pattern: `[:=]\\s?\\S{3,24}\\s{1,3}(?:mk|pass|password|mật khẩu|mat khau|pw)\\s?[:=]\\s?\\S{4,24}`,
      near: {
        terms: ['tk', 'tài khoản', 'acc', 'nick', 'user', 'username', 'email'],
        within: 1,
        side: 'before',
        extend: true,
      },
      examples: {
        flag: ['[tk: ngocanh99 mk: ngocanh@123] vào chơi giùm tớ', '[acc: minhkhoi2k pass: khoi2009]'],
        allow: ['tk: để trống nếu chưa có', 'mk là 2k10 nè, còn bạn?'],
      },
    },
    {
      id: 'privacy-citizen-id',
      kind: 'pattern',
      message: {
        vi: 'Số căn cước công dân là dữ liệu cá nhân; kẻ gian có thể dùng để vay tiền, mở tài khoản.',
        en: 'A citizen ID number is personal data; fraudsters can use it to borrow or open accounts.',
      },
      suggestion: {
        vi: 'Che bớt các chữ số, ví dụ 0010******89.',
        en: 'Mask the digits, e.g. 0010******89.',
      },
      pattern: `${NB}(?:0\\d{11}|0\\d{2} \\d{3} \\d{6}|0\\d{2}\\.\\d{3}\\.\\d{6}|0\\d{3} \\d{4} \\d{4}|0\\d{3}\\.\\d{4}\\.\\d{4})${NA}`,
      near: {
        terms: ['cccd', 'căn cước', 'cmnd', 'cmt', 'chứng minh', 'số định danh', 'định danh'],
        within: 6,
      },
      examples: {
        flag: [
          'CCCD của anh ấy: [001203004567]',
          'số căn cước [079 190 123456]',
          'căn cước: [0792 0312 3456]',
        ],
        allow: ['đơn hàng 001203004567 đã giao', 'làm lại căn cước ở công an phường nhé'],
      },
    },
    {
      id: 'privacy-bank-account',
      kind: 'pattern',
      severity: 'medium',
      message: {
        vi: 'Số tài khoản kèm tên chủ tài khoản là dữ liệu cá nhân; chỉ gửi riêng cho người cần.',
        en: "An account number with its holder's name is personal data; send it privately.",
      },
      suggestion: { vi: 'Gửi qua tin nhắn riêng.', en: 'Send it in a private message.' },
      pattern: `${NB}(?:\\d{8,16}|\\d{4} \\d{4} \\d{2,8}|\\d{4}\\.\\d{4}\\.\\d{2,8})${NA}`,
      near: {
        terms: [
          'số tài khoản',
          'tài khoản',
          'chủ tài khoản',
          'ctk',
          'vietcombank',
          'vcb',
          'techcombank',
          'tcb',
          'bidv',
          'agribank',
          'vietinbank',
          'mbbank',
          'mb bank',
          'acb',
          'tpbank',
          'vpbank',
          'sacombank',
          'ngân hàng',
        ],
        within: 6,
      },
      unless: [
        {
          terms: ['ủng hộ', 'quyên góp', 'từ thiện', 'mặt trận tổ quốc', 'hóa đơn', 'thanh toán cho công ty'],
          within: 10,
        },
        { terms: SHOP_CONTACT, within: 10 },
      ],
      examples: {
        flag: [
          'stk [0123456789] Vietcombank chủ tk Nguyen Van A',
          'số tài khoản của nó là [1903 5566 7788] techcombank',
        ],
        allow: [
          'ngân hàng mở cửa từ 8 giờ',
          'tài khoản ngân hàng của bạn an toàn nếu không lộ OTP',
          'shop nhận chuyển khoản: STK 0123456789 Vietcombank, đặt hàng xong nhắn shop',
        ],
      },
    },
    {
      id: 'privacy-phone-third-party',
      kind: 'pattern',
      severity: 'medium',
      message: {
        vi: 'Số điện thoại của người khác là dữ liệu cá nhân; đăng lên có thể khiến họ bị quấy rối.',
        en: "Someone else's phone number is personal data; posting it can get them harassed.",
      },
      suggestion: { vi: 'Xóa số điện thoại này.', en: 'Remove this phone number.' },
      pattern: `${NB}(?:\\+84|0)(?:\\d{9}|\\d{2,3} \\d{3} \\d{3,4}|\\d{2,3}\\.\\d{3}\\.\\d{3,4})${NA}`,
      near: {
        terms: [
          'sđt của',
          'số điện thoại của',
          'số của',
          'số nó',
          'số thằng',
          'số con',
          'gọi cho nó',
          'gọi khủng bố',
          'khủng bố',
          'nhắn tin chửi',
          'của nó',
          'của thằng',
          'của con',
        ],
        within: 8,
        side: 'before',
      },
      unless: [
        { terms: SHOP_CONTACT, within: 10 },
        // The writer's own number ("số điện thoại của em là …").
        {
          terms: ['của em', 'của mình', 'của tôi', 'của tớ', 'của tui', 'của tao'],
          within: 6,
          side: 'before',
        },
      ],
      examples: {
        flag: ['sđt của thằng đó đây: [0912 345 678], mọi người gọi khủng bố nó đi'],
        allow: [
          'Đặt hàng liên hệ hotline 0912 345 678',
          'Shop giao hàng toàn quốc, liên hệ 0987.654.321',
          'số điện thoại của em là 0934 424 727, chị gọi nhé',
        ],
      },
    },
    {
      id: 'privacy-home-address',
      kind: 'pattern',
      message: {
        vi: 'Đăng địa chỉ nhà của người khác có thể khiến họ gặp nguy hiểm.',
        en: "Posting someone's home address can put them in danger.",
      },
      suggestion: { vi: 'Xóa địa chỉ này.', en: 'Remove the address.' },
      pattern: THEIR_HOUSE,
      near: {
        terms: ['số', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'đường', 'phố', 'phường', 'thôn', 'chung cư', 'căn hộ'],
        within: 6,
        side: 'after',
        extend: true,
      },
      unless: [{ terms: SHOP_CONTACT, within: 10 }],
      examples: {
        flag: [
          '[nhà nó ở số] 12 ngõ 34 phố Huế, anh em qua hỏi thăm đi',
          '[nhà con bé đó ở hẻm] 42 Lê Văn Sỹ',
          '[địa chỉ nhà thằng đấy: số] 7 ngách 12 Kim Mã',
        ],
        allow: ['nhà nó ở xa nên hay đến muộn', 'nhà tôi ở quê', 'nhà ga ở số 1 đường Lê Duẩn'],
      },
    },
    {
      id: 'privacy-child-details',
      kind: 'terms',
      severity: 'medium',
      clause: '4.8',
      message: {
        vi: 'Tên, trường, lớp của trẻ cùng nhau giúp người lạ tìm ra cháu; cân nhắc bớt chi tiết.',
        en: "A child's name, school and class together let strangers find them; consider leaving some out.",
      },
      suggestion: { vi: 'Bỏ tên trường hoặc lớp.', en: 'Leave out the school or class.' },
      terms: [
        'trường mầm non',
        'trường tiểu học',
        'trường thcs',
        'trường trung học cơ sở',
        'học lớp',
        'lớp mẫu giáo',
        'đón cháu ở',
        'đón con ở',
        'học mầm non',
        'học trường',
        'lớp chồi',
        'lớp lá',
        'lớp mầm',
      ],
      near: { terms: CHILD_NAMED, within: 10 },
      examples: {
        flag: [
          'con tôi tên Minh Anh, [học lớp] 2A [trường tiểu học] Kim Đồng',
          'con trai em tên Khoa, học [trường THCS] Trưng Vương',
        ],
        allow: [
          'trường tiểu học Kim Đồng khai giảng năm học mới',
          'bé tên gì cũng đáng yêu',
          'con tôi tên Minh, năm nay vào lớp 1 rồi',
        ],
      },
    },
    {
      id: 'privacy-card-number',
      kind: 'pattern',
      message: CARD.message,
      suggestion: CARD.suggestion,
      pattern: `${NB}(?:\\d{4}[ .-]\\d{4}[ .-]\\d{4}[ .-]\\d{4}|\\d{16})${NA}`,
      near: {
        terms: ['thẻ', 'visa', 'mastercard', 'master', 'jcb', 'cvv', 'cvc', 'hết hạn', 'thẻ tín dụng', 'atm'],
        within: 8,
      },
      examples: {
        flag: ['số thẻ visa của chị: [4111 1111 1111 1111], hết hạn 09/27'],
        allow: ['mã vận đơn 1234 5678 9012 3456 của đơn hàng', 'thẻ thành viên giảm 10%'],
      },
    },
    {
      // The three digits right after "cvv": digit-led, so the scan is fast.
      id: 'privacy-card-cvv',
      kind: 'pattern',
      message: CARD.message,
      suggestion: CARD.suggestion,
      pattern: `${NB}\\d{3}${NA}`,
      near: { terms: ['cvv', 'cvc', 'mã cvv', 'cvv là', 'cvc là', 'mã cvv là'], within: 1, side: 'before' },
      examples: {
        flag: ['thẻ của em mã cvv [123] nhé', 'cvv: [456]'],
        allow: ['cvv là gì vậy mọi người', 'mua 123 cái bánh'],
      },
    },
    {
      id: 'privacy-doxxing',
      kind: 'terms',
      severity: 'medium',
      message: {
        vi: 'Kêu gọi tìm, đăng thông tin cá nhân hoặc ảnh riêng tư của người khác xâm phạm đời tư của họ.',
        en: "Asking for someone's personal details or private images invades their privacy.",
      },
      suggestion: {
        vi: 'Nếu có sai phạm, hãy báo cho cơ quan chức năng.',
        en: 'If there is wrongdoing, report it to the authorities.',
      },
      terms: [
        'ai có in4 con',
        'ai có in4 thằng',
        'ai có info con',
        'ai có info thằng',
        'xin in4 thằng',
        'xin in4 con này',
        'ai biết nhà nó',
        'ai biết nhà con này',
        'ai biết nhà thằng này',
        'xin địa chỉ nhà nó',
        'xin fb con này',
        'xin fb thằng này',
        'truy tìm danh tính',
        'công khai danh tính nó',
        'tung ảnh nóng',
        'tung clip nóng',
        'phát tán clip nóng',
        'xin link clip',
        'lộ clip nóng',
        'ảnh nóng của',
      ],
      unless: [
        { terms: ['đừng', 'không nên', 'lên án', 'bị phạt', 'xử phạt', 'công an', 'khởi tố'], within: 6 },
      ],
      examples: {
        flag: ['[ai có in4 con] này không, anh em vào xử nó', '[xin link clip] của hai đứa đó'],
        allow: ['đừng phát tán clip nóng của người khác, sẽ bị xử phạt', 'cho mình xin thông tin khóa học'],
      },
    },
  ],
});
