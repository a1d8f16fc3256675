// Words that introduce a password (for an account, a wifi, a device).
// ("mk" is "mình" to the normaliser: the privacy family's pattern reads it as typed.)
import { defineLexicon } from './define';

const ACCOUNTS = [
  'wifi',
  'fb',
  'facebook',
  'zalo',
  'email',
  'gmail',
  'mail',
  'instagram',
  'ig',
  'tiktok',
  'game',
  'acc',
  'nick',
  'tk',
  'tài khoản',
  'ngân hàng',
  'app',
  'icloud',
  'máy',
  'điện thoại',
  'laptop',
  'máy tính',
  'email công ty',
  'email công vụ',
  'hệ thống',
];

export const secretPassword = defineLexicon({
  id: 'secret.password',
  about: {
    vi: 'Từ đi trước một mật khẩu: mật khẩu, pass, password, mật khẩu wifi, pass facebook.',
    en: 'Words before a password: password, pass, wifi password, Facebook password.',
  },
  fold: [
    'mật khẩu',
    'pass',
    'password',
    'passwd',
    'pw',
    'passcode',
    ...ACCOUNTS.flatMap((a) => [`mật khẩu ${a}`, `pass ${a}`, `password ${a}`]),
  ],
  exact: ['mật mã'],
});
