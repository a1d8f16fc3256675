// English words before an account secret: "my password is", "the OTP is", "PIN".
import { defineLexicon } from './define';

export const enSecret = defineLexicon({
  id: 'en.secret',
  about: { vi: 'Từ đi trước bí mật tài khoản, tiếng Anh.', en: 'English words before an account secret.' },
  fold: [
    'password',
    'passwords',
    'pass',
    'pw',
    'passcode',
    'otp',
    'one time code',
    'one-time code',
    'verification code',
    'login code',
    'security code',
    'pin',
    'pin code',
    'cvv',
    'login',
  ],
});
