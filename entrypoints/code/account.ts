// The practical part of Điều 4.3 and 6.2: what to do when an account is lost or impersonated.
// Plain data, rendered as text and ordinary links (the page fetches nothing). Only addresses the team
// is sure of are written as links; where a deep link could be wrong, the service is named instead.
import type { LocalText } from '../../rules/types';

export interface HelpLink {
  name: LocalText;
  /** Absent when we name a place (an in-app menu, the police) rather than a web page. */
  url?: string;
  note: LocalText;
}

export interface HelpGroup {
  id: string;
  heading: LocalText;
  links: readonly HelpLink[];
}

/** Steps to take back and lock down an account, most urgent first. */
export const SECURE_STEPS: readonly LocalText[] = [
  {
    vi: 'Đổi mật khẩu ngay, trên một thiết bị bạn tin cậy. Dùng mật khẩu dài, không dùng lại ở tài khoản khác.',
    en: 'Change the password now, on a device you trust. Make it long and use it for no other account.',
  },
  {
    vi: 'Bật xác thực hai lớp (mã từ ứng dụng xác thực hoặc tin nhắn) để kẻ có mật khẩu vẫn không đăng nhập được.',
    en: 'Turn on two-factor authentication (a code from an authenticator app or a text message), so that a password alone is not enough.',
  },
  {
    vi: 'Trong phần bảo mật của tài khoản, xem danh sách thiết bị đang đăng nhập và đăng xuất mọi thiết bị lạ.',
    en: "In the account's security settings, check where you are logged in and log out every device you do not recognise.",
  },
  {
    vi: 'Kiểm tra email và số điện thoại khôi phục: xóa cái lạ, thêm cái của bạn, để lần sau lấy lại được tài khoản.',
    en: 'Check the recovery email and phone number: remove any you do not know and add your own, so you can get back in next time.',
  },
  {
    vi: 'Báo cho bạn bè, người thân rằng có thể có người nhắn tin dưới tên bạn để vay tiền hay xin mã OTP; dặn họ gọi điện cho bạn để kiểm tra.',
    en: 'Tell friends and family that someone may message them in your name asking for money or codes; ask them to phone you to check.',
  },
  {
    vi: 'Giữ bằng chứng: chụp màn hình, lưu đường link của tài khoản giả, ghi lại thời gian, giữ biên lai nếu đã chuyển tiền.',
    en: 'Keep evidence: screenshots, the link of the fake account, dates and times, and receipts if money was sent.',
  },
  {
    vi: 'Không trả tiền cho ai hứa "lấy lại tài khoản" hay "lấy lại tiền bị lừa": đó thường là lừa đảo lần hai.',
    en: 'Pay no one who promises to "recover your account" or "get your money back": that is usually a second scam.',
  },
];

/** Extra steps for an agency's page or account (Điều 6.2). */
export const AGENCY_STEPS: readonly LocalText[] = [
  {
    vi: 'Rà soát danh sách quản trị viên của trang: gỡ người lạ và người đã chuyển công tác, giữ ít nhất hai quản trị viên tin cậy.',
    en: "Review the page's administrators: remove strangers and people who have moved post, and keep at least two trusted ones.",
  },
  {
    vi: 'Báo ngay cho bộ phận phụ trách công nghệ thông tin hoặc an toàn thông tin của cơ quan, và đăng thông báo trên cổng thông tin chính thức nếu trang bị giả mạo.',
    en: "Tell your agency's IT or information-security unit at once, and post a notice on the official web portal if the page is being impersonated.",
  },
];

export const REPORT_GROUPS: readonly HelpGroup[] = [
  {
    id: 'facebook',
    heading: { vi: 'Facebook', en: 'Facebook' },
    links: [
      {
        name: { vi: 'Tài khoản bị xâm nhập', en: 'Hacked account' },
        url: 'https://www.facebook.com/hacked',
        note: {
          vi: 'Trang khôi phục của Facebook khi bạn nghĩ người khác đã chiếm tài khoản.',
          en: "Facebook's recovery page for when you think someone else has taken over your account.",
        },
      },
      {
        name: { vi: 'Báo cáo tài khoản giả mạo', en: 'Report impersonation' },
        url: 'https://www.facebook.com/help/174210519303259',
        note: {
          vi: 'Trang trợ giúp về tài khoản giả mạo bạn hoặc người bạn quen. Trên chính tài khoản giả, bạn cũng có thể bấm nút "…" rồi chọn báo cáo.',
          en: 'Help page on accounts pretending to be you or someone you know. On the fake account itself you can also press "…" and choose to report it.',
        },
      },
      {
        name: { vi: 'Trung tâm trợ giúp Facebook', en: 'Facebook Help Centre' },
        url: 'https://www.facebook.com/help',
        note: { vi: 'Các hướng dẫn khác về bảo mật.', en: 'Other security guidance.' },
      },
    ],
  },
  {
    id: 'zalo',
    heading: { vi: 'Zalo', en: 'Zalo' },
    links: [
      {
        name: { vi: 'Trung tâm trợ giúp Zalo', en: 'Zalo Help Centre' },
        url: 'https://help.zalo.me',
        note: {
          vi: 'Hướng dẫn của Zalo về quản lý, bảo mật và lấy lại tài khoản.',
          en: "Zalo's own guidance on managing, securing and recovering an account.",
        },
      },
      {
        name: { vi: 'Báo xấu trong ứng dụng', en: 'Report inside the app' },
        note: {
          vi: 'Trong ứng dụng Zalo, mở cuộc trò chuyện hoặc trang cá nhân của tài khoản giả mạo, vào phần tùy chọn và chọn "Báo xấu".',
          en: 'In the Zalo app, open the chat or profile of the impersonating account, go to its options and choose "Báo xấu" (report).',
        },
      },
    ],
  },
  {
    id: 'authorities',
    heading: { vi: 'Cơ quan chức năng', en: 'The authorities' },
    links: [
      {
        name: {
          vi: 'Cổng cảnh báo an toàn thông tin quốc gia',
          en: 'National information-security warning portal',
        },
        url: 'https://canhbao.khonggianmang.gov.vn',
        note: {
          vi: 'Phản ánh trang web, tài khoản lừa đảo hoặc giả mạo; tra cứu các cảnh báo đã có.',
          en: 'Report fraudulent or impersonating websites and accounts; look up existing warnings.',
        },
      },
      {
        name: { vi: 'Công an', en: 'The police' },
        note: {
          vi: 'Khi bị lừa tiền, bị đe dọa, hoặc danh tính của bạn bị dùng để lừa người khác: trình báo tại công an xã, phường nơi gần nhất, mang theo bằng chứng. Khẩn cấp: gọi 113.',
          en: 'If you lost money, are threatened, or your identity is used to cheat others: report it at the nearest commune or ward police station with your evidence. Emergency: call 113.',
        },
      },
    ],
  },
];
