// Words that introduce a one-time or security code: OTP, verification code, PIN, CVV, recovery code.
import { defineLexicon } from './define';

export const secretCode = defineLexicon({
  id: 'secret.code',
  about: {
    vi: 'Từ đi trước một mã bảo mật: mã OTP, mã xác nhận, mã xác thực, mã PIN, CVV, mã khôi phục.',
    en: 'Words before a security code: OTP, verification code, PIN, CVV, recovery code.',
  },
  fold: [
    'otp',
    'mã otp',
    'mã xác nhận',
    'mã xác thực',
    'mã xác minh',
    'mã kích hoạt',
    'mã bảo mật',
    'mã đăng nhập',
    'mã pin',
    'số pin',
    'mã 2fa',
    '2fa',
    'mã khôi phục',
    'mã dự phòng',
    'mã cvv',
    'cvv',
    'cvc',
    'verification code',
    'login code',
  ],
});
