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
      // Short or spaced codes ("5521", "5 5 2 1"), which the code frame's shapes leave out.
      id: 'privacy-otp-digits',
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
        flag: ['[code xác nhận: 5521]', '[mã xác minh zalo là 884 210]', '[otp là 5 5 2 1] nha'],
        allow: [
          'năm 2024 là năm của rồng',
          'mã giảm giá SALE2024 cho khách mới',
          'nhập code SALE 2024 để được giảm 20%',
        ],
      },
    },
    {
      // As typed: "mk: …" ("mk" is "mình" to the normaliser) and values too short for the frame.
      id: 'privacy-password-typed',
      kind: 'pattern',
      message: {
        vi: 'Có vẻ bạn đang đăng mật khẩu; ai đọc được cũng vào được tài khoản.',
        en: 'This looks like a password; anyone who reads it can get into the account.',
      },
      suggestion: CHANGE_PASSWORD,
      pattern: `${NB}(?:${PW_WORD}|${PW_WORD} ${PW_FOR}|${PW_WORD} của ${PW_WHOSE}|${PW_WORD} fb của ${PW_WHOSE}|mk (?:fb|wifi|zalo|email)|mk(?=\\s?[:=]))\\s?(?:là|la|:|=)\\s?(?=\\S{0,23}\\d)\\S{4,24}`,
      // A venue's guest wifi is meant to be read; an example or a default is not anyone's secret.
      unless: [
        {
          terms: ['quán', 'quý khách', 'cafe', 'cà phê', 'nhà hàng', 'khách sạn', 'mời', 'ví dụ', 'mặc định'],
          within: 8,
        },
      ],
      examples: {
        flag: ['[mk: minhanh@123]', '[pw: a1b2] nhé', '[mk fb: anh123456]'],
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
          'số tài khoản [1903 5566 7788] techcombank chủ tài khoản Trần Văn Bình',
        ],
        allow: [
          'ngân hàng mở cửa từ 8 giờ',
          'tài khoản ngân hàng của bạn an toàn nếu không lộ OTP',
          'shop nhận chuyển khoản: STK 0123456789 Vietcombank, đặt hàng xong nhắn shop',
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
