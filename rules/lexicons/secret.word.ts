// Words that introduce an account secret: a password or a one-time or security code.
import { defineLexicon } from './define';

export const secretWord = defineLexicon({
  id: 'secret.word',
  about: {
    vi: 'Từ đi trước một bí mật tài khoản: mật khẩu, pass, mã OTP, mã xác nhận, mã PIN, CVV.',
    en: 'Words before an account secret: password, one-time code, verification code, PIN, CVV.',
  },
  include: ['secret.password', 'secret.code'],
});
