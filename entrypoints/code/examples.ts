// Plain-language notes and one good and one bad example for every clause of Điều 3–6, written by the
// team for the "Bộ quy tắc" page (none is quoted from a real post). Names and places are invented or
// generic on purpose. tests/unit/code-examples.test.ts checks that every clause in CLAUSES has all three,
// in both languages. Those of Điều 5–6 (civil servants, state agencies) are in examples-state.ts.
import type { ClauseId, LocalText } from '../../rules/types';
import { STATE_EXAMPLES } from './examples-state';

export interface ClauseExamples {
  /** What the clause means in everyday words. */
  plain: LocalText;
  /** Something that follows the clause. */
  good: LocalText;
  /** Something that goes against it. */
  bad: LocalText;
}

export const EXAMPLES: Readonly<Record<ClauseId, ClauseExamples>> = {
  '3.1': {
    plain: {
      vi: 'Điều gì trái pháp luật ngoài đời thì lên mạng cũng trái pháp luật. Quyền của bạn dừng lại ở chỗ quyền hợp pháp của người khác bắt đầu.',
      en: "What is unlawful offline is unlawful online too. Your rights stop where other people's lawful rights begin.",
    },
    good: {
      vi: 'Muốn dùng ảnh của một nhiếp ảnh gia cho bài viết, bạn xin phép trước và ghi tên tác giả.',
      en: "You want to use a photographer's picture in your post, so you ask first and credit them.",
    },
    bad: {
      vi: 'Đăng lại nguyên bộ phim đang chiếu rạp lên một nhóm để mọi người xem miễn phí.',
      en: 'Uploading a whole film that is still in cinemas to a group so that everyone can watch it free.',
    },
  },
  '3.2': {
    plain: {
      vi: 'Viết như khi nói chuyện trực tiếp với người mình tôn trọng: lịch sự, tử tế, đúng mực.',
      en: 'Write as you would speak face to face with someone you respect: politely, kindly, decently.',
    },
    good: {
      vi: 'Nhân ngày Nhà giáo Việt Nam, bạn viết lời cảm ơn chân thành dưới bài đăng của trường cũ.',
      en: "On Vietnamese Teachers' Day you leave a sincere thank-you under your old school's post.",
    },
    bad: {
      vi: 'Quay cảnh một người say rượu ngã ngoài đường rồi đăng kèm lời chế giễu để câu tương tác.',
      en: 'Filming a drunk person falling in the street and posting it with mocking captions for likes.',
    },
  },
  '3.3': {
    plain: {
      vi: 'Giữ kín mật khẩu, mã OTP và giấy tờ cá nhân; cẩn thận với đường link và tệp lạ, kể cả khi do người quen gửi.',
      en: 'Keep passwords, one-time codes and ID papers to yourself; be wary of unknown links and files, even from people you know.',
    },
    good: {
      vi: 'Nhận tin nhắn "trúng thưởng, bấm vào link để nhận", bạn không bấm mà tự kiểm tra trên trang chính thức của bên tặng quà.',
      en: 'A message says "you won a prize, click the link to claim it"; you don\'t click, and check the giver\'s official site yourself.',
    },
    bad: {
      vi: 'Chụp mã OTP gửi cho một người tự xưng "nhân viên ngân hàng" nhắn tin qua mạng xã hội.',
      en: 'Sending a one-time code to someone who calls themselves a "bank employee" in a social-network message.',
    },
  },
  '3.4': {
    plain: {
      vi: 'Bạn chịu trách nhiệm về điều mình đăng và chia sẻ. Thấy nội dung vi phạm pháp luật, hãy báo cho nền tảng hoặc cơ quan chức năng thay vì lan truyền tiếp.',
      en: 'You answer for what you post and share. When you see unlawful content, report it to the platform or the authorities instead of passing it on.',
    },
    good: {
      vi: 'Lỡ chia sẻ một tin sai, bạn gỡ bài và viết: "Tin mình chia sẻ hôm qua không đúng, xin lỗi mọi người."',
      en: 'Having shared a false story, you take it down and write: "What I shared yesterday was wrong, sorry everyone."',
    },
    bad: {
      vi: 'Thấy một video lừa đảo, bạn chia sẻ tiếp "cho nhiều người biết" mà không báo cáo nó với nền tảng.',
      en: 'Seeing a scam video, you share it on "so more people know" without reporting it to the platform.',
    },
  },
  '4.1': {
    plain: {
      vi: 'Mỗi mạng xã hội có quy định riêng về độ tuổi, tên tài khoản, nội dung bị cấm và việc bán hàng. Đọc trước khi đăng ký giúp bạn tránh bị khóa tài khoản.',
      en: 'Every network has its own rules on age, account names, banned content and selling. Reading them before you sign up keeps your account from being locked.',
    },
    good: {
      vi: 'Trước khi mở trang bán hàng, bạn đọc chính sách thương mại của nền tảng để biết mặt hàng nào không được bán.',
      en: "Before opening a shop page, you read the platform's commerce policy to learn which goods may not be sold.",
    },
    bad: {
      vi: 'Lập tài khoản cho con 9 tuổi bằng cách khai khống năm sinh để vượt quy định về độ tuổi.',
      en: "Making an account for your 9-year-old with a false birth year to get round the platform's age limit.",
    },
  },
  '4.2': {
    plain: {
      vi: 'Tên thật giúp người khác biết mình đang nói chuyện với ai và khiến kẻ xấu khó giả mạo bạn hơn. Trang của tổ chức nên được nền tảng xác minh.',
      en: 'A real name tells people who they are talking to and makes you harder to impersonate. An organisation’s page should be verified by the platform.',
    },
    good: {
      vi: 'Một cửa hàng đặt tên trang đúng như tên đã đăng ký kinh doanh, ghi số điện thoại và địa chỉ liên hệ.',
      en: 'A shop names its page exactly as its registered business and lists its phone number and address.',
    },
    bad: {
      vi: 'Lập một trang tên "Công an phường Hòa Bình" trong khi mình không phải công an phường.',
      en: 'Setting up a page called "Hòa Bình Ward Police" when you are not the ward police.',
    },
  },
  '4.3': {
    plain: {
      vi: 'Bật xác thực hai lớp, mỗi tài khoản một mật khẩu riêng, không cho ai mượn tài khoản. Khi mất tài khoản hoặc bị giả mạo, báo ngay cho nền tảng và cơ quan chức năng.',
      en: 'Turn on two-factor authentication, use a different password for each account and lend it to no one. If it is lost or impersonated, tell the platform and the authorities at once.',
    },
    good: {
      vi: 'Thấy một tài khoản dùng tên và ảnh của mình để vay tiền bạn bè, bạn báo cáo giả mạo với nền tảng và nhắn mọi người đừng chuyển tiền.',
      en: 'Finding an account that uses your name and photo to borrow money from friends, you report it as impersonation and tell everyone not to send money.',
    },
    bad: {
      vi: 'Dùng chung một mật khẩu cho Facebook, Zalo và email, rồi cho bạn mượn tài khoản "dùng vài hôm".',
      en: 'Using one password for Facebook, Zalo and email, then lending the account to a friend "for a few days".',
    },
  },
  '4.4': {
    plain: {
      vi: 'Trước khi chia sẻ, hãy hỏi: ai nói điều này, có nguồn chính thống không? Nếu không rõ nguồn, đừng chia sẻ.',
      en: "Before sharing, ask: who says this, and is there an official source? If the source is unclear, don't share.",
    },
    good: {
      vi: 'Chia sẻ tin bão kèm đường link đến bản tin của cơ quan dự báo khí tượng thủy văn.',
      en: "Sharing a storm warning with a link to the national weather forecasting service's bulletin.",
    },
    bad: {
      vi: '"Nghe nói mai cắt điện toàn thành phố, chia sẻ gấp!" — không nguồn, không ai kiểm chứng.',
      en: '"Heard the whole city loses power tomorrow, share now!" — no source, checked by no one.',
    },
  },
  '4.5': {
    plain: {
      vi: 'Phê bình việc một người đã làm, đừng quy chụp cả một vùng miền, giới tính hay tôn giáo. Không kêu gọi đánh, giết hay trả thù ai.',
      en: 'Criticise what a person did; never blame a whole region, gender or religion. Never call for anyone to be beaten, killed or punished.',
    },
    good: {
      vi: '"Người bán này giao sai hàng, mình đã báo sàn để xử lý."',
      en: '"This seller sent the wrong item; I have reported it to the marketplace."',
    },
    bad: {
      vi: '"Người vùng đó ai cũng gian, đừng bao giờ làm ăn với họ."',
      en: '"Everyone from that region is dishonest, never do business with them."',
    },
  },
  '4.6': {
    plain: {
      vi: 'Không chửi bới, bôi nhọ, tung tin chưa kiểm chứng hay quảng cáo hàng cấm. Không đồng tình thì nói về sự việc, bằng lời lẽ ôn hòa.',
      en: 'No swearing, smears, unchecked rumours or ads for banned goods. If you disagree, talk about the facts, calmly.',
    },
    good: {
      vi: '"Tôi không đồng ý với bạn, vì số liệu năm nay khác với năm ngoái."',
      en: '"I disagree with you, because this year\'s figures differ from last year\'s."',
    },
    bad: {
      vi: '"Đồ ngu, câm miệng đi, loại như mày không đáng để nói chuyện."',
      en: '"You idiot, shut up, your sort isn\'t worth talking to."',
    },
  },
  '4.7': {
    plain: {
      vi: 'Mạng xã hội cũng là nơi giới thiệu quê hương, con người và những việc tốt. Đây là lời khuyến khích: Ứng Xử không nhắc nhở gì ở điểm này.',
      en: 'Social networks are also a place to show your home, its people and good deeds. This is encouragement: Ứng Xử never nags about it.',
    },
    good: {
      vi: 'Đăng ảnh ruộng bậc thang mùa lúa chín ở quê và mời bạn bè về thăm.',
      en: "Posting photos of your home village's rice terraces at harvest time and inviting friends to visit.",
    },
    bad: {
      vi: 'Chỉ đăng lại những clip đánh nhau, tai nạn để câu lượt xem.',
      en: 'Reposting nothing but fights and accidents to chase views.',
    },
  },
  '4.8': {
    plain: {
      vi: 'Đừng đăng những chi tiết giúp người lạ tìm ra một đứa trẻ: họ tên đi kèm trường, lớp, địa chỉ, giờ đưa đón. Hãy nói chuyện với con về an toàn trên mạng.',
      en: "Don't post details that let a stranger find a child: full name together with school, class, address or pick-up times. Talk with children about staying safe online.",
    },
    good: {
      vi: '"Bé nhà mình vừa thi xong, cả nhà đi ăn mừng!" — ảnh không lộ tên trường, bảng tên hay đồng phục.',
      en: '"Our little one just finished exams, family dinner to celebrate!" — the photo shows no school name, name tag or uniform.',
    },
    bad: {
      vi: '"Con mình là Trần Minh An, lớp 2B trường Tiểu học Hoa Sen, 4 giờ chiều tan học ở cổng sau."',
      en: '"My son is Trần Minh An, class 2B at Hoa Sen Primary School, he comes out of the back gate at 4 pm."',
    },
  },
  ...STATE_EXAMPLES,
};
